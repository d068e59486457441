import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "vite";
import { buildDemoCouncil, demoPeople } from "../demo-council/index";
import { localObjectId } from "../bot/local-object-id";
import { createSharePointHandler } from "../local/index";
import { createTeamsConnector } from "../local/teams/index";
import { createSp } from "../sharepoint/create-sp";
import { describeError } from "../sharepoint/describe-error";
import { listDefinitions } from "../sharepoint/lists/load-list-definitions";
import { provisionSite } from "../sharepoint/provision";
import { seedDemoCouncil } from "../cli/seed/seed-demo-council";
import { localSharePointPlugin } from "./local-sharepoint-plugin";
import { startBot } from "./start-bot";
import { Client } from "@microsoft/teams.common";
import { teamsConnector } from "../bot/connector";
import { recordLinkFor } from "../bot/record-link";
import { sendOpenRequests } from "../bot/send-open-requests";
import { readStartOptions } from "./start-options";

/**
 * `npm start`: the whole product on one laptop. The SharePoint stand-in and the tab share one
 * origin; the first run (or `--reset`) provisions the lists and loads the demo council.
 */
const options = readStartOptions(process.argv.slice(2), process.env);
if ("error" in options) {
  process.stderr.write(`${options.error}\n`);
  process.exit(2);
}

const sitePath = "/sites/partnerships";
const changeManager = demoPeople.find((p) => p.key === "change-manager") ?? demoPeople[0]!;
if (options.reset && existsSync(options.dataDir)) rmSync(options.dataDir, { recursive: true, force: true });

const handler = createSharePointHandler({
  dataDir: options.dataDir,
  sitePath,
  siteTitle: "Partnerships",
  users: demoPeople.map((p) => ({ email: p.email, title: p.title, jobTitle: p.jobTitle, department: p.department, isSiteAdmin: p.key === changeManager.key })),
  defaultUser: changeManager.email,
});

// The local Teams: the connector the bot sends cards to, and each person's chat for the tab's
// Activity pane. It lives with the site's data, so --reset starts both again together.
const teams = createTeamsConnector({
  dataDir: join(options.dataDir, "teams"),
  people: demoPeople.map((p) => ({ email: p.email, name: p.title, aadObjectId: localObjectId(p.email) })),
});
// 3978 is where Teams tooling expects a local bot; `--port 0` (tests) means any free port for both.
const botPort = options.port === 0 ? 0 : Number(process.env.BOT_PORT ?? 3978);

// A fresh clone has no .env: npm start is local mode for the demo council unless told otherwise.
process.env.VITE_MODE ??= "local";
process.env.VITE_COUNCIL_NAME ??= "Northbrook Borough Council";
process.env.VITE_LOCAL_USER ??= changeManager.email;

const vite = await createServer({
  configFile: "vite.config.ts",
  server: { port: options.port, strictPort: true, host: options.host },
  plugins: [localSharePointPlugin(handler), { name: "local-teams", configureServer: (server) => void server.middlewares.use((req, res, next) => teams(req, res, next)) }],
  logLevel: "warn",
});
await vite.listen();
const origin = vite.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? `http://localhost:${options.port}`;
const siteUrl = `${origin}${sitePath}`;

let bot: Awaited<ReturnType<typeof startBot>> | undefined;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await bot?.close();
  await vite.close();
  handler.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

try {
  const sp = createSp({ siteUrl, identity: { kind: "local", user: changeManager.email } });
  const report = await provisionSite(sp, listDefinitions, siteUrl);
  if (!report.upToDate) process.stdout.write(`Provisioned ${report.changes.length} lists and columns from sharepoint-lists/\n`);
  const partnerships = handler.store.listByTitle("Partnerships");
  if (partnerships && partnerships.itemCount === 0) {
    process.stdout.write("Loading the demo council (Northbrook Borough Council)…\n");
    const seeded = await seedDemoCouncil(sp, buildDemoCouncil(new Date().toISOString().slice(0, 10)));
    process.stdout.write(`Loaded ${seeded.counts.reduce((n, c) => n + c.items, 0)} items.\n`);
  }
} catch (error) {
  process.stderr.write(`The local SharePoint could not be prepared: ${describeError(error)}\n`);
  await stop(1);
}

try {
  bot = await startBot({ siteUrl, port: botPort, tabUrl: origin });
  // Teams installs the app for each person and tells the bot; the bot records their chats itself.
  await teams.connectBot(bot.url, origin);
  // Stages loaded with the demo council were never opened by the bot: send their cards now (once).
  const delivery = { sp: createSp({ siteUrl, identity: { kind: "local", user: changeManager.email } }), connector: teamsConnector(new Client()), link: recordLinkFor({ tabUrl: origin }), log: () => {} };
  const sent = await sendOpenRequests(delivery, { id: handler.store.findUser(changeManager.email)?.Id ?? 0, title: changeManager.title, email: changeManager.email });
  if (sent.sent.length) process.stdout.write(`The bot sent ${sent.sent.length} approval and opinion cards for stages already open.\n`);
  for (const f of sent.failed) process.stderr.write(`A card could not be sent to ${f.person}: ${f.error}\n`);
} catch (error) {
  process.stderr.write(`The approvals bot could not be started: ${describeError(error)}\n`);
  await stop(1);
}

const people = demoPeople.map((p) => `    ${p.title.padEnd(28)} ${p.jobTitle}`).join("\n");
process.stdout.write(`
Partnership Register is running (local mode: no tenant, data in ${options.dataDir})

  Tab                 ${origin}/
  Local SharePoint    ${siteUrl}/_api/web/lists/getByTitle('Partnerships')/items
  Lists (grid view)   ${siteUrl}/_layouts/lists
  Bot                 ${bot?.url ?? "(not running)"}

  You act as ${changeManager.title} (${changeManager.jobTitle}); switch person in the tab's header.
  Their cards from the approvals bot are under Activity in the header (npm run playground: in Microsoft's Playground).
  People you can act as:
${people}

  npm start -- --reset starts again from fresh demo data. Ctrl-C stops everything.
`);
process.stdout.write("READY\n");

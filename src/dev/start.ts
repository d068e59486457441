import { existsSync, rmSync } from "node:fs";
import { createServer } from "vite";
import { buildDemoCouncil, demoPeople } from "../demo-council/index";
import { createSharePointHandler } from "../local/index";
import { createSp } from "../sharepoint/create-sp";
import { describeError } from "../sharepoint/describe-error";
import { listDefinitions } from "../sharepoint/lists/load-list-definitions";
import { provisionSite } from "../sharepoint/provision";
import { seedDemoCouncil } from "../cli/seed/seed-demo-council";
import { localSharePointPlugin } from "./local-sharepoint-plugin";
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

// A fresh clone has no .env: npm start is local mode for the demo council unless told otherwise.
process.env.VITE_MODE ??= "local";
process.env.VITE_COUNCIL_NAME ??= "Northbrook Borough Council";
process.env.VITE_LOCAL_USER ??= changeManager.email;

const vite = await createServer({
  configFile: "vite.config.ts",
  server: { port: options.port, strictPort: true, host: options.host },
  plugins: [localSharePointPlugin(handler)],
  logLevel: "warn",
});
await vite.listen();
const origin = vite.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? `http://localhost:${options.port}`;
const siteUrl = `${origin}${sitePath}`;

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
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

const people = demoPeople.map((p) => `    ${p.title.padEnd(28)} ${p.jobTitle}`).join("\n");
process.stdout.write(`
Partnership Register is running (local mode: no tenant, data in ${options.dataDir})

  Tab                 ${origin}/
  Local SharePoint    ${siteUrl}/_api/web/lists/getByTitle('Partnerships')/items
  Lists (grid view)   ${siteUrl}/_layouts/lists

  You act as ${changeManager.title} (${changeManager.jobTitle}); switch person in the tab's header.
  People you can act as:
${people}

  npm start -- --reset starts again from fresh demo data. Ctrl-C stops everything.
`);
process.stdout.write("READY\n");

import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { localObjectId } from "../bot/local-object-id";
import { demoPeople, type DemoPerson } from "../demo-council/people";
import { playgroundConfigYaml, playgroundOtherUsers } from "../local/teams/playground-config";
import type { LocalTeamsPerson } from "../local/teams/index";

/**
 * `npm run playground`: Microsoft's own local Teams client, the Microsoft 365 Agents Playground,
 * against our bot — the independent check that our cards and invoke answers are what Teams expects
 * (DESIGN.md "The embedded stand-in"). It uses `npm start`'s stack (the tab's origin, default
 * http://localhost:5173), starting `npm start` itself when nothing answers there. You are one demo
 * person (`--as leader` by default); the Playground "installs the app" for them when its page
 * opens, so the bot sends their cards to the Playground from then on. Ctrl-C hands their chat back
 * to the tab's activity pane.
 */
const usage = `Usage: npm run playground [-- --as leader] [-- --port 56150] [-- --origin http://localhost:5173] [-- --no-browser]

  --as          the demo person you are (a key from src/demo-council/people.ts; default leader)
  --port        the Playground's port (default 56150)
  --origin      npm start's tab address (default http://localhost:5173); started if not running
  --no-browser  do not open a browser window (for tests)`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { as: { type: "string", default: "leader" }, port: { type: "string", default: "56150" }, origin: { type: "string" }, "no-browser": { type: "boolean", default: false }, help: { type: "boolean" } },
});
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const me = demoPeople.find((p) => p.key === values.as);
if (!me) {
  process.stderr.write(`--as must be one of: ${demoPeople.map((p) => p.key).join(", ")}\n`);
  process.exit(2);
}
const teamsPerson = (p: DemoPerson): LocalTeamsPerson => ({ email: p.email, name: p.title, aadObjectId: localObjectId(p.email) });

interface LocalTeamsStatus {
  botUrl: string | null;
  tenantId: string;
  bot: { id: string; name: string };
}

const children: ChildProcess[] = [];
let origin = (values.origin ?? process.env.PLAYGROUND_ORIGIN ?? "http://localhost:5173").replace(/\/$/, "");
let status = await readStatus(origin);
if (!status) {
  process.stdout.write(`Nothing answers at ${origin}: starting npm start…\n`);
  origin = await startNpmStart(new URL(origin).port || "5173");
  status = await readStatus(origin);
}
if (!status?.botUrl) throw new Error(`npm start at ${origin} has no bot running (GET /_connector/local/status says botUrl is null)`);

// The Playground's working folder: its configuration, log and recordings stay out of the repo's root.
const dir = resolve(".local/playground");
mkdirSync(dir, { recursive: true });
const configPath = join(dir, ".m365agentsplayground.yml");
const others = pickOthers(me);
writeFileSync(
  configPath,
  playgroundConfigYaml({
    currentUser: teamsPerson(me),
    others: others.map(teamsPerson),
    tenantId: status.tenantId,
    bot: status.bot,
    personalChatId: `a:playground-${localObjectId(me.email)}`,
    teamName: "Northbrook Borough Council",
  }),
);

const port = Number(values.port);
const playground = spawn(resolve("node_modules/.bin/agentsplayground"), ["-e", status.botUrl, "-c", "msteams", "-p", String(port), "--disable-telemetry"], {
  cwd: dir,
  env: {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
    M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, "playground.log"),
    ...(values["no-browser"] ? { TEAMSAPPTESTER_BROWSER: "none" } : {}),
  },
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
children.push(playground);
playground.stdout!.on("data", (chunk: Buffer) => process.stdout.write(chunk));
playground.on("exit", (code) => void stop(code ?? 0));
await new Promise<void>((resolvePort) => playground.stdout!.on("data", (chunk: Buffer) => String(chunk).includes("Listening on") && resolvePort()));

process.stdout.write(`
Microsoft 365 Agents Playground   http://localhost:${port}/
  You are ${me.title} (${me.jobTitle}); the bot is ${status.botUrl}
  Open the page: the Playground installs the app for you and the bot sends your cards there.
  Others in the Playground's team: ${others.map((p) => p.title).join(", ")}
  Ctrl-C stops the Playground and hands ${me.title}'s cards back to the tab's Activity pane.
PLAYGROUND READY
`);

let stopping = false;
async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Teams would keep sending to the Playground's (now dead) connector; re-install locally instead.
  try {
    const handBack = await fetch(`${origin}/_connector/local/install`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ person: me!.email }) });
    if (!handBack.ok) throw new Error(`${handBack.status} ${await handBack.text()}`);
  } catch (error) {
    process.stderr.write(`Could not hand ${me!.email}'s chat back to the local Teams: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  // Signal each child's process group (npm start runs its script in a child of its own).
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGINT");
  process.exit(code);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

async function readStatus(at: string): Promise<LocalTeamsStatus | undefined> {
  let answer: Response;
  try {
    answer = await fetch(`${at}/_connector/local/status`);
  } catch {
    // Connection refused: npm start is not running there (any other answer is checked below).
    return undefined;
  }
  if (!answer.ok) throw new Error(`${at}/_connector/local/status answered ${answer.status}: is that npm start?`);
  return (await answer.json()) as LocalTeamsStatus;
}

/** Starts `npm start` on the wanted port and answers its tab address once it says READY. */
function startNpmStart(wantedPort: string): Promise<string> {
  const child = spawn("npm", ["start", "--", "--port", wantedPort], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  children.push(child);
  let output = "";
  return new Promise((resolveOrigin, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += String(chunk);
      process.stdout.write(chunk);
      const tab = /Tab\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (output.includes("READY") && tab) resolveOrigin(tab);
    });
    child.on("exit", (code) => reject(new Error(`npm start exited with ${code} before it was ready`)));
  });
}

/** Five people for the Playground's group chat and team: the others who decide with the Leader and portfolio holders. */
function pickOthers(current: DemoPerson): DemoPerson[] {
  const wanted = ["leader", "ph-regeneration", "ph-community-safety", "change-manager", "monitoring-officer", "dir-corporate", "chief-executive"];
  return wanted.filter((k) => k !== current.key).map((k) => demoPeople.find((p) => p.key === k)!).slice(0, playgroundOtherUsers);
}

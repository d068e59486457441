import { createServer, type IncomingMessage, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTeamsConnector, type Activity, type LocalTeamsPerson, type TeamsConnector } from "../../../src/local/teams/index";

export const people: LocalTeamsPerson[] = [
  { email: "margaret.holloway@northbrook.example", name: "Cllr Margaret Holloway", aadObjectId: "00000000-0000-4000-8000-000000000001" },
  { email: "laura.pennington@northbrook.example", name: "Laura Pennington", aadObjectId: "00000000-0000-4000-8000-000000000018" },
];

/** A stand-in bot: records what Teams sent it and answers invokes with a fixed card. */
export interface FakeBot {
  url: string;
  received: Activity[];
  close(): Promise<void>;
}

export async function startFakeBot(answer: (activity: Activity) => unknown = () => undefined): Promise<FakeBot> {
  const received: Activity[] = [];
  const server = createServer(async (req, res) => {
    const activity = JSON.parse(await text(req)) as Activity;
    received.push(activity);
    const body = answer(activity);
    res.writeHead(body === undefined ? 202 : 200, { "Content-Type": "application/json" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/api/messages`, received, close: () => stop(server) };
}

export interface ConnectorSite {
  origin: string;
  dataDir: string;
  connector: TeamsConnector;
  close(): Promise<void>;
}

/** The connector alone on a loopback port, as npm start mounts it. */
export async function startConnector(dataDir = mkdtempSync(join(tmpdir(), "local-teams-"))): Promise<ConnectorSite> {
  const connector = createTeamsConnector({ dataDir, people });
  const server = createServer((req, res) => connector(req, res));
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, dataDir, connector, close: () => stop(server) };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function call(url: string, method: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const raw = await response.text();
  return { status: response.status, body: raw === "" ? undefined : (JSON.parse(raw) as unknown) };
}

function text(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.on("data", (c: Buffer) => (data += c.toString("utf8")));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("no port"));
    });
  });
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}

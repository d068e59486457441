import { createServer } from "node:http";
import type { createSp } from "../sharepoint/create-sp";

/** The SharePoint site, as src/sharepoint hands it out (the bot never imports PnPjs itself). */
type SPFI = ReturnType<typeof createSp>;
import type { LogLevel } from "@microsoft/teams.common";
import { settleBackground, type BotDeps } from "./bot-deps";
import type { Connector } from "./connector";
import { teamsConnector } from "./connector";
import { createBotApp, type BotCredentials } from "./create-bot-app";
import type { RecordLink } from "./record-link";

export interface BotServerOptions {
  sp: SPFI;
  port: number;
  host?: string;
  credentials?: BotCredentials;
  local: boolean;
  link: RecordLink;
  /** Tests may pass their own; by default the SDK's API client, carrying the bot's token. */
  connector?: Connector;
  log?: (line: string) => void;
  logLevel?: LogLevel;
}

export interface RunningBot {
  /** The messaging endpoint, e.g. http://localhost:3978/api/messages. */
  url: string;
  port: number;
  /** Waits for follow-up work (card updates, next cards) still running; tests call it. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the bot on its own HTTP server. The port is bound before the app is built so that, in
 * local mode, the SDK's per-activity user-token lookup can be pointed at this same server (an
 * instant 404) instead of the internet.
 */
export async function startBotServer(options: BotServerOptions): Promise<RunningBot> {
  const server = createServer();
  const host = options.host ?? (options.local ? "127.0.0.1" : "0.0.0.0");
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the bot's HTTP server did not get a TCP port");
  const origin = `http://${options.local ? "127.0.0.1" : "localhost"}:${address.port}`;
  const log = options.log ?? ((line: string) => process.stderr.write(`[bot] ${line}\n`));
  // Filled once the connector exists; the connector needs the app's HTTP client, the app needs the handlers.
  const holder: { deps?: BotDeps } = {};
  const app = createBotApp(
    {
      server,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.local ? { oauthUrl: `${origin}/no-user-sign-in` } : {}),
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
    },
    () => {
      if (!holder.deps) throw new Error("the bot received an activity before it was ready");
      return holder.deps;
    },
  );
  const ready: BotDeps = { sp: options.sp, connector: options.connector ?? teamsConnector(app.api.http), link: options.link, log, local: options.local, background: new Set() };
  holder.deps = ready;
  await app.initialize();
  return {
    url: `${origin}/api/messages`,
    port: address.port,
    idle: () => settleBackground(ready),
    close: async () => {
      await settleBackground(ready);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

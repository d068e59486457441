import { createServer } from "node:http";
import type { createSp } from "../sharepoint/create-sp";

/** The SharePoint site, as src/sharepoint hands it out (the bot never imports PnPjs itself). */
type SPFI = ReturnType<typeof createSp>;
import type { LogLevel } from "@microsoft/teams.common";
import { settleBackground, type BotDeps } from "./bot-deps";
import type { Connector } from "./connector";
import { teamsConnector } from "./connector";
import { createBotApp, type BotCredentials } from "./create-bot-app";
import { notifyRoute } from "./notify-route";
import { createSerial } from "./serial-work";
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
  /** The tab's origin in a tenant (TAB_URL): allowed to call POST /api/notify across origins. */
  tabOrigin?: string;
}

export interface RunningBot {
  /** The messaging endpoint, e.g. http://localhost:3978/api/messages. */
  url: string;
  /** Where the tab says stages or reviews opened: POST {"topic":"approvals"|"reviews"}. */
  notifyUrl: string;
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
  const holder: { deps?: BotDeps; route?: ReturnType<typeof notifyRoute> } = {};
  const app = createBotApp(
    {
      server,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.local ? { oauthUrl: `${origin}/no-user-sign-in` } : {}),
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
      routes: (http) => {
        // Locally no sign-in exists; in a tenant the tab's Entra token for the bot's app is checked.
        const route = (...args: Parameters<ReturnType<typeof notifyRoute>>) => {
          if (!holder.deps || !holder.route) throw new Error("the bot received a notify before it was ready");
          holder.route(...args);
        };
        http.post("/api/notify", route);
        http.use("/api/notify", route);
      },
    },
    () => {
      if (!holder.deps) throw new Error("the bot received an activity before it was ready");
      return holder.deps;
    },
  );
  const ready: BotDeps = { sp: options.sp, connector: options.connector ?? teamsConnector(app.api.http), link: options.link, log, local: options.local, background: new Set(), serial: createSerial() };
  holder.deps = ready;
  holder.route = notifyRoute(ready, {
    auth: options.local ? { kind: "local" } : { kind: "entra", validator: app.entraTokenValidator, ...(options.credentials?.tenantId ? { tenantId: options.credentials.tenantId } : {}) },
    ...(options.tabOrigin ? { allowedOrigin: options.tabOrigin } : {}),
  });
  await app.initialize();
  return {
    url: `${origin}/api/messages`,
    notifyUrl: `${origin}/api/notify`,
    port: address.port,
    idle: () => settleBackground(ready),
    close: async () => {
      await settleBackground(ready);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

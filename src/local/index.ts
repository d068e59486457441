import { createServer, type Server } from "node:http";
import { createSharePointHandler, type SharePointHandler, type SharePointHandlerOptions } from "./http-handler";

/**
 * The local SharePoint stand-in: a test double of the REST subset PnPjs uses, persisted under
 * `dataDir`. Never imported by production code (the lint rules forbid it).
 */
export { createSharePointHandler } from "./http-handler";
export type { SharePointHandler, SharePointHandlerOptions } from "./http-handler";
export type { LocalUserInput } from "./users";

export interface LocalSharePointOptions extends SharePointHandlerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

export interface LocalSharePoint {
  /** Absolute site URL, e.g. http://127.0.0.1:5055/sites/partnerships — give it to spfi(). */
  url: string;
  port: number;
  handler: SharePointHandler;
  close(): Promise<void>;
}

export async function startLocalSharePoint(options: LocalSharePointOptions): Promise<LocalSharePoint> {
  const handler = createSharePointHandler(options);
  const server: Server = createServer((req, res) => handler(req, res));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the local SharePoint did not get a TCP port");
  return {
    url: `http://${host}:${address.port}${handler.sitePath}`,
    port: address.port,
    handler,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      handler.close();
    },
  };
}

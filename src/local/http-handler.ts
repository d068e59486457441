import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { effectiveMethod } from "./batch-multipart";
import { createLayoutsHandler } from "./layouts/layouts-handler";
import { route } from "./router";
import { SiteStore } from "./site-store";
import { ensureUser } from "./site-mutations";
import { SpError, spErrors } from "./sp-error";
import { Throttle } from "./throttle";
import { defaultLocalUsers, requestedUser, toSiteUser, type LocalUserInput } from "./users";

export interface SharePointHandlerOptions {
  /** Where the log and snapshot live, e.g. `.local/sharepoint/`. */
  dataDir: string;
  /** Server-relative site path; everything under `<sitePath>/_api/` is answered. */
  sitePath?: string;
  siteTitle?: string;
  /** Added to every request (default: env SP_LATENCY_MS, else 0). */
  latencyMs?: number;
  /** Fraction 0..1 of requests answered 429 + Retry-After: 1 (default: env SP_THROTTLE_RATE, else 0). */
  throttleRate?: number;
  throttleSeed?: number;
  /** The people of the local tenant; the first is the acting user unless `defaultUser` says otherwise. */
  users?: LocalUserInput[];
  defaultUser?: string;
}

export type Next = (error?: unknown) => void;

export interface SharePointHandler {
  (req: IncomingMessage, res: ServerResponse, next?: Next): void;
  readonly store: SiteStore;
  readonly sitePath: string;
  /** Folds the log into a snapshot and closes the files. */
  close(): void;
}

const envNumber = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got '${raw}'`);
  return n;
};

/**
 * The stand-in as connect-style middleware (`npm start` mounts it in Vite's dev server, so tab and
 * SharePoint share one origin). Requests outside `<sitePath>/_api` go to `next` (or 404 alone).
 */
export function createSharePointHandler(options: SharePointHandlerOptions): SharePointHandler {
  const sitePath = (options.sitePath ?? "/sites/partnerships").replace(/\/$/, "");
  const latencyMs = options.latencyMs ?? envNumber("SP_LATENCY_MS") ?? 0;
  const throttle = new Throttle(options.throttleRate ?? envNumber("SP_THROTTLE_RATE") ?? 0, options.throttleSeed);
  const store = SiteStore.open(options.dataDir);
  const people = (options.users ?? defaultLocalUsers).map((u) => ensureUser(store, toSiteUser(u)));
  store.durable();
  const fallback = (options.defaultUser ? store.findUser(options.defaultUser) : undefined) ?? people[0];
  if (!fallback) throw new Error("the local SharePoint needs at least one user");
  const apiPrefix = `${sitePath}/_api`.toLowerCase();
  const routerOptions = { store, sitePath, siteTitle: options.siteTitle ?? "Partnerships" };
  // The local-only list views and item editor (`<sitePath>/_layouts/lists`), for people and tests.
  const layouts = createLayoutsHandler({ ...routerOptions, fallbackUser: fallback });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (latencyMs > 0) await sleep(latencyMs);
    if (throttle.next()) {
      const err = new SpError(429, "-2147024860, Microsoft.SharePoint.SPRequestThrottledException", "The request has been throttled. Please retry after the time given in Retry-After.");
      send(res, 429, { "Content-Type": "application/json;odata=minimalmetadata;streaming=true;charset=utf-8", "Retry-After": "1" }, JSON.stringify(err.toBody()));
      return;
    }
    const body = await readBody(req);
    const origin = `${req.headers["x-forwarded-proto"] === "https" ? "https" : "http"}://${req.headers.host ?? "localhost"}`;
    const url = new URL(req.url ?? "/", origin);
    const asked = requestedUser(req.headers);
    const user = asked ? store.findUser(asked) : fallback;
    if (!user) {
      const err = spErrors.accessDenied();
      send(res, err.status, { "Content-Type": "application/json;odata=minimalmetadata;charset=utf-8" }, JSON.stringify(err.toBody()));
      return;
    }
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(", ") : v;
    const method = effectiveMethod((req.method ?? "GET").toUpperCase(), headers["x-http-method"]?.toUpperCase());
    const result = route(routerOptions, { method, url, headers, body }, user);
    // The write is on disk before anyone is told it happened.
    store.durable();
    send(res, result.status, result.headers, result.body);
  };

  const handler = ((req: IncomingMessage, res: ServerResponse, next?: Next) => {
    const path = (req.url ?? "/").split("?")[0]?.toLowerCase() ?? "";
    if (layouts.owns(path)) return layouts.handle(req, res);
    if (!(path === apiPrefix || path.startsWith(`${apiPrefix}/`))) {
      if (next) next();
      else send(res, 404, { "Content-Type": "text/plain" }, `Not found: ${req.url ?? ""}`);
      return;
    }
    handle(req, res).catch((error: unknown) => {
      // A bug or an I/O failure: report it in SharePoint's shape and on stderr, never hide it.
      console.error("[local-sharepoint]", error);
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      const err = new SpError(500, "-2146233088, System.InvalidOperationException", error instanceof Error ? error.message : String(error));
      send(res, 500, { "Content-Type": "application/json;odata=minimalmetadata;charset=utf-8" }, JSON.stringify(err.toBody()));
    });
  }) as SharePointHandler;
  Object.defineProperties(handler, {
    store: { value: store },
    sitePath: { value: sitePath },
    close: { value: () => store.close() },
  });
  return handler;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | undefined): void {
  res.writeHead(status, headers);
  res.end(status === 204 ? undefined : body);
}

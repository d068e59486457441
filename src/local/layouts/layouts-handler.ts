import type { IncomingMessage, ServerResponse } from "node:http";
import type { SiteUser } from "../model";
import type { SiteStore } from "../site-store";
import { requestedUser } from "../users";
import { FormTokens } from "./form-token";
import { escapeHtml } from "./html";
import { routeLayouts } from "./layouts-routes";
import { LayoutPaths } from "./paths";
import { problemPage, type LayoutResponse } from "./responses";

/**
 * The HTTP side of `<site>/_layouts/lists`: who is acting, reading the form, and making every
 * write durable (one fsync of the write-ahead log) before the redirect that reports it is sent —
 * the same promise the REST handler makes. Latency and throttling are not applied: they model
 * the REST API a client calls, not a person's pages.
 */
export interface LayoutsHandler {
  /** True for paths this handler answers (case-insensitive, like the `_api` prefix). */
  owns(pathname: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export interface LayoutsOptions {
  store: SiteStore;
  sitePath: string;
  siteTitle: string;
  /** Who acts when no `local-user` cookie or X-Local-User header names someone (as for REST). */
  fallbackUser: SiteUser;
}

/** A form page has tens of fields; anything near this is not a person typing. */
const maxBodyBytes = 1024 * 1024;

class BodyTooLarge extends Error {}

function readForm(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > maxBodyBytes) {
        reject(new BodyTooLarge(`form body over ${maxBodyBytes} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function createLayoutsHandler(options: LayoutsOptions): LayoutsHandler {
  const { store, siteTitle, fallbackUser } = options;
  const paths = new LayoutPaths(options.sitePath);
  const prefix = paths.root.toLowerCase();
  const tokens = new FormTokens();

  const respond = async (req: IncomingMessage): Promise<LayoutResponse> => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    const method = (req.method ?? "GET").toUpperCase();
    // The same identity rule as the REST handler: the named local user, else the default one.
    const asked = requestedUser(req.headers);
    const user = asked ? store.findUser(asked) : fallbackUser;
    const pc = { user: user ?? fallbackUser, paths, siteTitle };
    if (!user) {
      return problemPage(pc, 403, "Access denied", `'${asked ?? ""}' (from the local-user cookie) is not a user of this site, so the stand-in refuses, as SharePoint would.`);
    }
    let form = new URLSearchParams();
    if (method === "POST") {
      const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
      if (type !== "application/x-www-form-urlencoded") {
        return problemPage(pc, 415, "Unsupported form", "These pages accept only application/x-www-form-urlencoded forms.");
      }
      form = new URLSearchParams(await readForm(req));
    }
    let segments: string[];
    try {
      segments = url.pathname.slice(prefix.length).split("/").filter((s) => s !== "").map((s) => decodeURIComponent(s));
    } catch (error) {
      return problemPage(pc, 400, "Bad address", `The address could not be read: ${String(error)}`);
    }
    const result = routeLayouts({ store, paths, siteTitle, tokens }, { method, url, form, user }, segments);
    // Every write this request made reaches the disk before the person is told it happened.
    store.durable();
    return result;
  };

  return {
    owns(pathname) {
      const lower = pathname.toLowerCase();
      return lower === prefix || lower.startsWith(`${prefix}/`);
    },
    handle(req, res) {
      respond(req).then(
        (result) => {
          res.writeHead(result.status, result.headers);
          res.end(req.method === "HEAD" ? undefined : result.body);
        },
        (error: unknown) => {
          if (error instanceof BodyTooLarge) {
            res.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
            res.end(error.message);
            return;
          }
          // A bug or an I/O failure (including a failed fsync): say so on the page and on stderr.
          console.error("[local-sharepoint layouts]", error);
          if (res.headersSent) {
            res.destroy(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          res.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
          res.end(`<!doctype html><html lang="en-GB"><title>Error – SharePoint (local stand-in)</title><h1>The local stand-in failed</h1><pre>${escapeHtml(error instanceof Error ? (error.stack ?? error.message) : String(error))}</pre></html>`);
        },
      );
    },
  };
}

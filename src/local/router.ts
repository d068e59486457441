import { metadataMode } from "./odata-format";
import { listRoutes } from "./routes-lists";
import { contextInfo, userRoutes, webEntity } from "./routes-web";
import type { SiteUser } from "./model";
import type { RouteContext, SpRequest, SpResponse } from "./route-types";
import type { SiteStore } from "./site-store";
import { SpError, spErrors } from "./sp-error";
import { parseSegments } from "./path-segments";
import { handleBatch } from "./batch-multipart";

/**
 * One entry point for every `_api` request, used both by the HTTP handler and for each part of a
 * `$batch`, so a batched operation behaves exactly like the same request sent alone.
 */
export interface RouterOptions {
  store: SiteStore;
  sitePath: string;
  siteTitle: string;
}

export function route(opts: RouterOptions, req: SpRequest, user: SiteUser): SpResponse {
  const siteUrl = `${req.url.origin}${opts.sitePath}`;
  const ctx: RouteContext = { store: opts.store, siteUrl, mode: metadataMode(req.headers.accept), user, req };
  try {
    return dispatch(opts, ctx);
  } catch (error) {
    if (error instanceof SpError) {
      return {
        status: error.status,
        headers: { "Content-Type": "application/json;odata=minimalmetadata;streaming=true;charset=utf-8", ...error.headers },
        body: JSON.stringify(error.toBody()),
      };
    }
    throw error;
  }
}

function dispatch(opts: RouterOptions, ctx: RouteContext): SpResponse {
  const prefix = `${opts.sitePath}/_api`.toLowerCase();
  const pathname = ctx.req.url.pathname;
  if (!pathname.toLowerCase().startsWith(prefix)) throw spErrors.noResource(pathname);
  const segs = parseSegments(pathname.slice(prefix.length));
  const method = ctx.req.method;
  const [first] = segs;
  let res: SpResponse | undefined;
  if (first?.name === "contextinfo" && segs.length === 1 && method === "POST") res = contextInfo(ctx);
  else if (first?.name === "$batch" && segs.length === 1 && method === "POST") res = handleBatch(ctx, (sub) => route(opts, sub, ctx.user));
  else if (first?.name === "web") {
    const rest = segs.slice(1);
    if (rest.length === 0 && method === "GET") res = webEntity(ctx, opts.siteTitle);
    else if (rest[0]?.name === "lists") res = listRoutes(ctx, rest);
    else res = userRoutes(ctx, rest);
  }
  if (!res) {
    // Distinguish "no such endpoint" from "this endpoint does not take that verb".
    throw segs.length > 0 ? spErrors.notSupported(method, pathname) : spErrors.noResource(pathname);
  }
  return res;
}

import { jsonContentType } from "./odata-format";
import type { RouteContext, SpResponse } from "./route-types";
import { spErrors } from "./sp-error";

/** Small helpers shared by the route files. */
export function json(ctx: RouteContext, status: number, body: unknown, headers: Record<string, string> = {}): SpResponse {
  return { status, headers: { "Content-Type": jsonContentType(ctx.mode), ...headers }, body: JSON.stringify(body) };
}

export function noContent(headers: Record<string, string> = {}): SpResponse {
  return { status: 204, headers };
}

/** SharePoint answers a delete with 200 and an empty body; PnPjs parses that as `{}`. */
export function emptyOk(): SpResponse {
  return { status: 200, headers: {}, body: "" };
}

export function readJsonBody(ctx: RouteContext): Record<string, unknown> {
  const text = ctx.req.body.trim();
  if (text === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw spErrors.badBody(String(error));
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw spErrors.badBody("The body must be a JSON object.");
  return parsed as Record<string, unknown>;
}

/** `$select` for plain entities (web, list, field, user): keep the named properties. */
export function selectProps(props: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select || select.trim() === "" || select.trim() === "*") return props;
  const out: Record<string, unknown> = {};
  for (const name of select.split(",").map((s) => s.trim())) {
    const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) out[key] = props[key];
  }
  return out;
}

/** `'O''Brien'` → `O'Brien`: the quoted argument of getByTitle(…) and friends. */
export function unquote(arg: string | undefined): string {
  if (arg === undefined) throw spErrors.badQuery("Missing argument.");
  const m = /^'(.*)'$/s.exec(arg.trim());
  return m ? (m[1] as string).replace(/''/g, "'") : arg.trim();
}

export function ifMatchOk(header: string | undefined, currentEtag: string): boolean {
  if (header === undefined || header.trim() === "*") return true;
  return normaliseEtag(header) === normaliseEtag(currentEtag);
}

function normaliseEtag(e: string): string {
  return e.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
}

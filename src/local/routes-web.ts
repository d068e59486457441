import { randomUUID } from "node:crypto";
import type { SiteUser } from "./model";
import { collectionBody, entityBody, type Entry } from "./odata-format";
import { filterPlain } from "./plain-collection";
import { json, readJsonBody, selectProps, unquote } from "./respond";
import type { RouteContext, Segment, SpResponse } from "./route-types";
import { SpError, spErrors } from "./sp-error";

/** contextinfo, the web itself and its users (currentuser, siteusers, getuserbyid, ensureuser). */

export function contextInfo(ctx: RouteContext): SpResponse {
  // Always flat, whatever the Accept: PnPjs reads FormDigestValue at the top level.
  const expires = new Date(Date.now() + 1800_000).toUTCString();
  return {
    status: 200,
    headers: { "Content-Type": "application/json;odata=minimalmetadata;streaming=true;charset=utf-8" },
    body: JSON.stringify({
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: `0x${randomUUID().replace(/-/g, "").toUpperCase()},${expires}`,
      LibraryVersion: "16.0.0.0",
      SiteFullUrl: ctx.siteUrl,
      SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"],
      WebFullUrl: ctx.siteUrl,
    }),
  };
}

export function webEntity(ctx: RouteContext, title: string): SpResponse {
  const path = new URL(ctx.siteUrl).pathname;
  const props = { Id: "00000000-0000-4000-8000-000000000001", Title: title, Url: ctx.siteUrl, ServerRelativeUrl: path, Description: "", Language: 1033, WebTemplate: "STS" };
  const entry: Entry = { meta: { type: "SP.Web", id: `${ctx.siteUrl}/_api/Web`, editLink: "Web" }, props: selectProps(props, ctx.req.url.searchParams.get("$select")) };
  return json(ctx, 200, entityBody(ctx.mode, entry, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Webs`));
}

function userProps(user: SiteUser): Record<string, unknown> {
  return {
    Id: user.Id,
    IsHiddenInUI: false,
    LoginName: user.LoginName,
    Title: user.Title,
    PrincipalType: 1,
    Email: user.Email,
    IsSiteAdmin: user.IsSiteAdmin,
    UserPrincipalName: user.UserPrincipalName,
  };
}

function userEntry(ctx: RouteContext, user: SiteUser): Entry {
  return {
    meta: { type: "SP.User", id: `${ctx.siteUrl}/_api/Web/GetUserById(${user.Id})`, editLink: `Web/GetUserById(${user.Id})` },
    props: selectProps(userProps(user), ctx.req.url.searchParams.get("$select")),
  };
}

const userMetadata = (ctx: RouteContext): string => `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users`;

function oneUser(ctx: RouteContext, user: SiteUser | undefined): SpResponse {
  if (!user) throw new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
  return json(ctx, 200, entityBody(ctx.mode, userEntry(ctx, user), userMetadata(ctx)));
}

/** Routes under `web/` that are about people. Returns undefined when the path is not one of them. */
export function userRoutes(ctx: RouteContext, segs: Segment[]): SpResponse | undefined {
  const [first, second] = segs;
  const method = ctx.req.method;
  if (!first) return undefined;
  const byId = (arg: string | undefined): SiteUser | undefined => ctx.store.userById(Number(arg));
  if (first.name === "currentuser" && segs.length === 1 && method === "GET") return oneUser(ctx, ctx.user);
  if (first.name === "getuserbyid" && segs.length === 1 && method === "GET") return oneUser(ctx, byId(first.arg));
  if (first.name === "ensureuser" && segs.length === 1 && method === "POST") {
    const body = readJsonBody(ctx);
    const logon = body.logonName;
    if (typeof logon !== "string") throw spErrors.badBody("logonName is required.");
    const user = ctx.store.findUser(logon);
    if (!user) throw spErrors.userNotFound(logon);
    return oneUser(ctx, user);
  }
  if (first.name === "siteusers") {
    if (!second && method === "GET") {
      const q = ctx.req.url.searchParams;
      const all = [...ctx.store.users.values()].sort((a, b) => a.Id - b.Id);
      const kept = new Set(filterPlain(all.map(userProps), q.get("$filter"), q.get("$top")).map((p) => p.Id));
      const entries = all.filter((u) => kept.has(u.Id)).map((u) => userEntry(ctx, u));
      return json(ctx, 200, collectionBody(ctx.mode, entries, userMetadata(ctx)));
    }
    if (second && segs.length === 2 && method === "GET") {
      if (second.name === "getbyid") return oneUser(ctx, byId(second.arg));
      if (second.name === "getbyemail" || second.name === "getbyloginname") return oneUser(ctx, ctx.store.findUser(unquote(second.arg)));
    }
  }
  return undefined;
}

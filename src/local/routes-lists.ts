import { normaliseGuid } from "./field-factory";
import type { ListStore } from "./list-store";
import { entityTypeName } from "./model";
import { collectionBody, entityBody, type Entry } from "./odata-format";
import { filterPlain } from "./plain-collection";
import { emptyOk, json, noContent, readJsonBody, selectProps, unquote } from "./respond";
import type { RouteContext, Segment, SpResponse } from "./route-types";
import { createList, updateList } from "./site-mutations";
import { spErrors } from "./sp-error";
import { fieldRoutes } from "./routes-fields";
import { itemRoutes } from "./routes-items";

/** `web/lists`, one list (getByTitle / lists(guid)) and dispatch to its fields and items. */

function listProps(ctx: RouteContext, list: ListStore): Record<string, unknown> {
  const m = list.meta;
  return {
    ...m.extra,
    Id: m.Id,
    Title: m.Title,
    Description: m.Description,
    BaseTemplate: m.BaseTemplate,
    Hidden: m.Hidden,
    ItemCount: list.itemCount,
    Created: m.Created,
    EntityTypeName: `${m.Title.replace(/[^A-Za-z0-9_]/g, "")}List`,
    ListItemEntityTypeFullName: `SP.Data.${entityTypeName(m.Title)}`,
    ParentWebUrl: new URL(ctx.siteUrl).pathname,
  };
}

function listEntry(ctx: RouteContext, list: ListStore, props: Record<string, unknown>): Entry {
  const editLink = `Web/Lists(guid'${list.meta.Id}')`;
  return { meta: { type: "SP.List", id: `${ctx.siteUrl}/_api/${editLink}`, editLink }, props };
}

const listsMetadata = (ctx: RouteContext): string => `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Lists`;

/** Resolves `getbytitle('X')`, `lists('guid')` or `lists(guid'…')` to a list, or SharePoint's 404. */
export function resolveList(ctx: RouteContext, seg: Segment, byIdArg: string | undefined): ListStore {
  if (byIdArg !== undefined) {
    const id = normaliseGuid(unquote(byIdArg.replace(/^guid/i, "")));
    const list = ctx.store.listById(id);
    if (!list) throw spErrors.listNotFound(id, ctx.siteUrl);
    return list;
  }
  const title = unquote(seg.arg);
  const list = ctx.store.listByTitle(title);
  if (!list) throw spErrors.listNotFound(title, ctx.siteUrl);
  return list;
}

/** `segs` starts at `lists`. */
export function listRoutes(ctx: RouteContext, segs: Segment[]): SpResponse | undefined {
  const [lists, second] = segs;
  if (!lists) return undefined;
  const method = ctx.req.method;
  const q = ctx.req.url.searchParams;
  // web/lists(…) or web/lists/getbytitle(…)
  const listSeg = lists.arg !== undefined ? lists : second?.name === "getbytitle" || second?.name === "getbyid" ? second : undefined;
  if (!listSeg) {
    if (segs.length !== 1) return undefined;
    if (method === "GET") {
      const all = ctx.store.lists().map((l) => ({ list: l, props: listProps(ctx, l) }));
      const kept = new Set(filterPlain(all.map((a) => a.props), q.get("$filter"), q.get("$top")).map((p) => p.Id));
      const entries = all.filter((a) => kept.has(a.props.Id)).map((a) => listEntry(ctx, a.list, selectProps(a.props, q.get("$select"))));
      return json(ctx, 200, collectionBody(ctx.mode, entries, listsMetadata(ctx)));
    }
    if (method === "POST") {
      const body = readJsonBody(ctx);
      if (typeof body.Title !== "string" || body.Title.trim() === "") throw spErrors.badBody("Title is required for a new list.");
      const list = createList(ctx.store, body.Title, body);
      return json(ctx, 201, entityBody(ctx.mode, listEntry(ctx, list, listProps(ctx, list)), listsMetadata(ctx)));
    }
    return undefined;
  }
  const byId = listSeg === lists ? lists.arg : listSeg.name === "getbyid" ? listSeg.arg : undefined;
  const list = resolveList(ctx, listSeg, byId);
  const rest = segs.slice(listSeg === lists ? 1 : 2);
  if (rest.length === 0) {
    if (method === "GET") {
      const entry = listEntry(ctx, list, selectProps(listProps(ctx, list), q.get("$select")));
      return json(ctx, 200, entityBody(ctx.mode, entry, listsMetadata(ctx)));
    }
    if (method === "MERGE") {
      updateList(ctx.store, list, readJsonBody(ctx));
      return noContent();
    }
    if (method === "DELETE") {
      ctx.store.commit({ t: "list.delete", listId: list.meta.Id });
      return emptyOk();
    }
    return undefined;
  }
  const head = rest[0] as Segment;
  if (head.name === "fields") return fieldRoutes(ctx, list, rest);
  if (head.name === "items") return itemRoutes(ctx, list, rest);
  return undefined;
}


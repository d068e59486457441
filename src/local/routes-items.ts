import type { ListStore } from "./list-store";
import { buildProjection, itemEntry } from "./item-json";
import { queryItems } from "./item-query";
import { etagOf, type StoredItem } from "./model";
import { collectionBody, entityBody, valueBody } from "./odata-format";
import { emptyOk, ifMatchOk, json, noContent, readJsonBody } from "./respond";
import type { RouteContext, Segment, SpResponse } from "./route-types";
import { createItem, deleteItem, updateItem } from "./site-mutations";
import { spErrors } from "./sp-error";

/** `…/items`: query with paging, create, and one item (`items(n)`): get, MERGE, DELETE, recycle. */

const itemsMetadata = (ctx: RouteContext, list: ListStore): string =>
  `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.meta.Title.replace(/[^A-Za-z0-9_]/g, "")}ListItems`;

function splitList(raw: string | null): string[] {
  return raw ? raw.split(",").map((s) => s.trim()).filter((s) => s !== "") : [];
}

function projection(ctx: RouteContext, list: ListStore) {
  const q = ctx.req.url.searchParams;
  const select = splitList(q.get("$select"));
  return buildProjection(ctx.store, list, select.length ? select : undefined, splitList(q.get("$expand")));
}

function itemById(list: ListStore, arg: string | undefined): StoredItem {
  const id = Number(arg);
  if (!Number.isInteger(id)) throw spErrors.badQuery(`'${arg ?? ""}' is not a valid item id.`);
  const item = list.get(id);
  if (!item) throw spErrors.itemNotFound();
  return item;
}

function oneItem(ctx: RouteContext, list: ListStore, item: StoredItem, status: number): SpResponse {
  const props = status === 201 ? buildProjection(ctx.store, list, undefined, [])(item) : projection(ctx, list)(item);
  const entry = itemEntry(ctx.siteUrl, list, item, props);
  const headers: Record<string, string> = { ETag: etagOf(item) };
  if (status === 201) headers.Location = entry.meta.id;
  return json(ctx, status, entityBody(ctx.mode, entry, itemsMetadata(ctx, list)), headers);
}

/** `segs` starts at `items`. */
export function itemRoutes(ctx: RouteContext, list: ListStore, segs: Segment[]): SpResponse | undefined {
  const [items, second, third] = segs;
  if (!items) return undefined;
  const method = ctx.req.method;
  if (items.arg === undefined && segs.length === 1) {
    if (method === "GET") return listItems(ctx, list);
    if (method === "POST") return oneItem(ctx, list, createItem(ctx.store, list, readJsonBody(ctx), ctx.user), 201);
    return undefined;
  }
  // items(3) or items/getbyid(3), optionally followed by /recycle
  const idSeg = items.arg !== undefined ? items : second?.name === "getbyid" ? second : undefined;
  if (!idSeg) return undefined;
  const tail = idSeg === items ? second : third;
  const expectedLength = (idSeg === items ? 1 : 2) + (tail ? 1 : 0);
  if (segs.length !== expectedLength) return undefined;
  const item = itemById(list, idSeg.arg);
  const ifMatch = (etag: string): boolean => ifMatchOk(ctx.req.headers["if-match"], etag);
  if (tail) {
    if (tail.name !== "recycle" || method !== "POST") return undefined;
    deleteItem(ctx.store, list, item, ifMatch);
    // The recycle bin is not modelled: recycle deletes, and answers with a recycle-bin item id.
    return json(ctx, 200, valueBody(ctx.mode, "Recycle", item.guid, `${ctx.siteUrl}/_api/$metadata#Edm.Guid`));
  }
  switch (method) {
    case "GET":
      return oneItem(ctx, list, item, 200);
    case "MERGE": {
      const updated = updateItem(ctx.store, list, item, readJsonBody(ctx), ctx.user, ifMatch);
      return noContent({ ETag: etagOf(updated) });
    }
    case "DELETE":
      deleteItem(ctx.store, list, item, ifMatch);
      return emptyOk();
    default:
      return undefined;
  }
}

function listItems(ctx: RouteContext, list: ListStore): SpResponse {
  const q = ctx.req.url.searchParams;
  const project = projection(ctx, list);
  const page = queryItems(ctx.store, list, {
    filter: q.get("$filter") ?? undefined,
    orderby: q.get("$orderby") ?? undefined,
    top: q.get("$top") ?? undefined,
    skiptoken: q.get("$skiptoken") ?? undefined,
  });
  let nextLink: string | undefined;
  if (page.nextSkiptoken) {
    // The request's own URL (origin, casing, other options) with the new skiptoken: PnPjs follows it as given.
    const next = new URL(ctx.req.url.href);
    next.searchParams.set("$skiptoken", page.nextSkiptoken);
    nextLink = `${next.origin}${next.pathname}?${next.searchParams.toString()}`;
  }
  const entries = page.items.map((item) => itemEntry(ctx.siteUrl, list, item, project(item)));
  return json(ctx, 200, collectionBody(ctx.mode, entries, itemsMetadata(ctx, list), nextLink));
}

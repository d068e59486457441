import type { ListStore } from "../list-store";
import { etagOf, type SiteUser, type StoredItem } from "../model";
import type { SiteStore } from "../site-store";
import { spErrors } from "../sp-error";
import { editableFields, gridFields, isJsonNote } from "./columns";
import { deleteBody } from "./delete-page";
import { editorBody, editorTitle, type EditorInput } from "./editor-page";
import { CellReader } from "./field-display";
import type { InputContext } from "./field-inputs";
import type { FormTokens } from "./form-token";
import { rawFromItem, type RawValues } from "./form-values";
import { gridBody } from "./grid-page";
import { readGridQuery } from "./grid-query";
import { html } from "./html";
import { indexBody } from "./index-page";
import { deleteFromForm, saveItem } from "./item-submit";
import type { LayoutPaths } from "./paths";
import { page, problemPage, seeOther, type LayoutResponse, type PageContext } from "./responses";
import { formatSiteDate } from "./site-time";

/**
 * `<site>/_layouts/lists[/<Title>[/new | /<id>[/delete]]]`: which page, and what a POST does.
 * Pure over the store (no I/O): the handler makes writes durable before anything is sent.
 */
export interface LayoutsContext {
  store: SiteStore;
  paths: LayoutPaths;
  siteTitle: string;
  tokens: FormTokens;
}

export interface LayoutRequest {
  method: string;
  url: URL;
  /** The urlencoded body of a POST, parsed. */
  form: URLSearchParams;
  user: SiteUser;
}

export function routeLayouts(ctx: LayoutsContext, req: LayoutRequest, segments: string[]): LayoutResponse {
  const pc: PageContext = { user: req.user, paths: ctx.paths, siteTitle: ctx.siteTitle };
  const [title, second, third, ...rest] = segments;
  const get = req.method === "GET" || req.method === "HEAD";
  if (title === undefined) return get ? page(pc, 200, "Site contents", [], indexBody(ctx.store, ctx.paths, ctx.siteTitle)) : notAllowed(pc);
  const list = ctx.store.listByTitle(title);
  if (!list) {
    const siteUrl = `${req.url.origin}${ctx.paths.root.replace(/\/_layouts\/lists$/, "")}`;
    return problemPage(pc, 404, "List not found", spErrors.listNotFound(title, siteUrl).message, { href: ctx.paths.root, label: "Back to site contents" });
  }
  if (second === undefined) return get ? grid(ctx, pc, list, req.url.searchParams) : notAllowed(pc);
  if (rest.length > 0 || (second === "new" && third !== undefined)) return notFound(pc, list, ctx);
  if (second === "new") return get ? editor(ctx, pc, list, undefined, {}) : save(ctx, pc, list, undefined, req);
  if (!/^\d+$/.test(second)) return notFound(pc, list, ctx);
  const item = list.get(Number(second));
  if (!item) return problemPage(pc, 404, "Item not found", spErrors.itemNotFound().message, { href: ctx.paths.list(list.meta.Title), label: `Back to ${list.meta.Title}` });
  if (third === undefined) return get ? editor(ctx, pc, list, item, {}) : save(ctx, pc, list, item, req);
  if (third !== "delete") return notFound(pc, list, ctx);
  return get ? confirmDelete(ctx, pc, list, item, req.url.searchParams.get("etag") ?? etagOf(item)) : remove(ctx, pc, list, item, req);
}

const notAllowed = (pc: PageContext): LayoutResponse => {
  const res = problemPage(pc, 405, "Not allowed", "This page can only be read, not posted to.");
  return { ...res, headers: { ...res.headers, Allow: "GET, HEAD" } };
};

const notFound = (pc: PageContext, list: ListStore, ctx: LayoutsContext): LayoutResponse =>
  problemPage(pc, 404, "Page not found", "There is no such page for this list.", { href: ctx.paths.list(list.meta.Title), label: `Back to ${list.meta.Title}` });

function grid(ctx: LayoutsContext, pc: PageContext, list: ListStore, params: URLSearchParams): LayoutResponse {
  const reader = new CellReader(ctx.store);
  const saved = Number(params.get("saved"));
  const deleted = Number(params.get("deleted"));
  const unchanged = Number(params.get("unchanged"));
  const t = list.meta.Title;
  const status =
    saved > 0 && list.get(saved) ? html`Item ${saved} was saved. <a href="${ctx.paths.item(t, saved)}">Open it again</a>.`
    : deleted > 0 ? html`Item ${deleted} was deleted.`
    : unchanged > 0 ? html`Nothing was changed in item ${unchanged}, so nothing was saved.`
    : undefined;
  const body = gridBody({ list, reader, paths: ctx.paths, query: readGridQuery(params, gridFields(list)), status });
  return page(pc, 200, t, [{ label: t }], body);
}

function editor(
  ctx: LayoutsContext,
  pc: PageContext,
  list: ListStore,
  item: StoredItem | undefined,
  over: Partial<Pick<EditorInput, "raw" | "errors" | "formError" | "stale" | "etag">>,
  status = 200,
): LayoutResponse {
  const reader = new CellReader(ctx.store);
  const raw: RawValues = over.raw ?? (item ? Object.fromEntries(editableFields(list).map((f) => [f.InternalName, rawFromItem(f, item)])) : {});
  const inputs: InputContext = {
    users: [...ctx.store.users.values()].sort((a, b) => a.Title.localeCompare(b.Title, "en-GB")),
    lookupOptions: (field) =>
      (ctx.store.listById(field.LookupList ?? "")?.all() ?? []).map((row) => ({ id: row.Id, title: typeof row.values.Title === "string" ? row.values.Title : "" })),
    isJson: (field) => isJsonNote(list, field),
  };
  const body = editorBody({
    list,
    item,
    raw,
    errors: over.errors ?? new Map(),
    formError: over.formError,
    stale: over.stale,
    token: ctx.tokens.issue(`${list.meta.Id}/${item?.Id ?? "new"}`),
    etag: over.etag ?? (item ? etagOf(item) : ""),
    paths: ctx.paths,
    inputs,
    reader,
  });
  const title = editorTitle(list, item);
  const hasError = status >= 400;
  return page(pc, status, title, [{ label: list.meta.Title, href: ctx.paths.list(list.meta.Title) }, { label: title }], body, hasError);
}

const staleBy = (ctx: LayoutsContext, current: StoredItem) => ({
  by: new CellReader(ctx.store).userName(current.EditorId),
  at: formatSiteDate(current.Modified, false),
});

function save(ctx: LayoutsContext, pc: PageContext, list: ListStore, item: StoredItem | undefined, req: LayoutRequest): LayoutResponse {
  const tokenOk = ctx.tokens.verify(req.form.get("_token"), `${list.meta.Id}/${item?.Id ?? "new"}`);
  const outcome = saveItem({ store: ctx.store, list, existing: item, form: req.form, user: req.user, tokenOk });
  const t = list.meta.Title;
  switch (outcome.kind) {
    case "saved":
      return seeOther(ctx.paths.list(t, { saved: outcome.item.Id }));
    case "unchanged":
      return seeOther(ctx.paths.list(t, { unchanged: outcome.item.Id }));
    case "stale":
      // The ETag stays the one the person opened: saving again is refused again, not a silent overwrite.
      return editor(ctx, pc, list, outcome.current, { raw: outcome.raw, stale: staleBy(ctx, outcome.current), etag: req.form.get("_etag") ?? "" }, 409);
    case "refused":
      return editor(ctx, pc, list, item, { raw: outcome.raw, errors: outcome.errors, formError: outcome.formError, etag: req.form.get("_etag") ?? undefined }, 400);
  }
}

function confirmDelete(ctx: LayoutsContext, pc: PageContext, list: ListStore, item: StoredItem, etag: string, stale?: { by: string; at: string }, status = 200): LayoutResponse {
  const token = ctx.tokens.issue(`${list.meta.Id}/${item.Id}/delete`);
  const title = `Delete item ${item.Id}`;
  const crumbs = [{ label: list.meta.Title, href: ctx.paths.list(list.meta.Title) }, { label: editorTitle(list, item), href: ctx.paths.item(list.meta.Title, item.Id) }, { label: title }];
  return page(pc, status, title, crumbs, deleteBody({ list, item, etag, token, paths: ctx.paths, stale }), status >= 400);
}

function remove(ctx: LayoutsContext, pc: PageContext, list: ListStore, item: StoredItem, req: LayoutRequest): LayoutResponse {
  const tokenOk = ctx.tokens.verify(req.form.get("_token"), `${list.meta.Id}/${item.Id}/delete`);
  const outcome = deleteFromForm(ctx.store, list, item, req.form, tokenOk);
  if (outcome.kind === "deleted") return seeOther(ctx.paths.list(list.meta.Title, { deleted: item.Id }));
  if (outcome.kind === "stale") return confirmDelete(ctx, pc, list, item, req.form.get("_etag") ?? "", staleBy(ctx, outcome.current), 409);
  return problemPage(pc, 400, "Not deleted", outcome.message, { href: ctx.paths.item(list.meta.Title, item.Id), label: "Back to the item" });
}

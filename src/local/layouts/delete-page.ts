import type { ListStore } from "../list-store";
import type { StoredItem } from "../model";
import { editorTitle } from "./editor-page";
import { html, type SafeHtml } from "./html";
import type { LayoutPaths } from "./paths";

/**
 * Delete asks first, as SharePoint does, but as a page rather than a script dialog so it works
 * with no JavaScript and keyboard alone. It carries the ETag the editor was opened at, so
 * deleting a row someone has since changed is refused like a stale save.
 */
export interface DeleteInput {
  list: ListStore;
  item: StoredItem;
  etag: string;
  token: string;
  paths: LayoutPaths;
  stale?: { by: string; at: string };
}

export function deleteBody(input: DeleteInput): SafeHtml {
  const { list, item, paths } = input;
  const name = editorTitle(list, item).replace(/^Edit /, "");
  return html`<h1>Delete ${name}?</h1>
${input.stale
    ? html`<div class="problem" role="alert" tabindex="-1" autofocus aria-labelledby="stale-title">
<h2 id="stale-title">This item was changed by ${input.stale.by} at ${input.stale.at} since you opened it</h2>
<p>It was not deleted. <a href="${paths.item(list.meta.Title, item.Id)}">Open the current version</a> to check their change first.</p></div>`
    : html`<p class="lead">Item ${item.Id} will be removed from ${list.meta.Title}. The local stand-in has no recycle bin, so this cannot be undone.</p>
<form method="post" action="${paths.deleteItem(list.meta.Title, item.Id)}" class="bar">
<input type="hidden" name="_token" value="${input.token}">
<input type="hidden" name="_etag" value="${input.etag}">
<button class="button danger" type="submit">Delete</button>
<a class="button secondary" href="${paths.item(list.meta.Title, item.Id)}">Cancel</a>
</form>`}`;
}

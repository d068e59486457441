import type { ListStore } from "../list-store";
import type { FieldDef } from "../model";
import { gridFields } from "./columns";
import type { CellReader } from "./field-display";
import { gridPage, pageSize, type GridQuery } from "./grid-query";
import { html, type SafeHtml } from "./html";
import type { LayoutPaths } from "./paths";

/**
 * `/_layouts/lists/<Title>`: the items as a table with real headers. Column headers are links
 * that sort (aria-sort says which); the Title cell links to the row's editor.
 */
export interface GridInput {
  list: ListStore;
  reader: CellReader;
  paths: LayoutPaths;
  query: GridQuery;
  /** Set after a save or delete redirected here: "Item 4 was saved." */
  status?: SafeHtml;
}

const numeric = new Set(["Number", "Currency", "Integer", "Counter"]);

export function gridBody(input: GridInput): SafeHtml {
  const { list, reader, paths, query } = input;
  const title = list.meta.Title;
  const columns = gridFields(list);
  const page = gridPage(list, reader, query);
  const sortQuery = (field: FieldDef, dir: "asc" | "desc") => ({ sort: field.InternalName, dir: dir === "desc" ? "desc" : undefined });
  const header = (field: FieldDef): SafeHtml => {
    const active = query.sort?.InternalName === field.InternalName;
    const next = active && query.dir === "asc" ? "desc" : "asc";
    const ariaSort = active ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
    return html`<th scope="col"${ariaSort ? html` aria-sort="${ariaSort}"` : ""}><a href="${paths.list(title, sortQuery(field, next))}">${field.Title}${
      active ? html` <span aria-hidden="true">${query.dir === "asc" ? "↑" : "↓"}</span>` : ""
    }</a></th>`;
  };
  const keep = query.sort ? sortQuery(query.sort, query.dir) : query.dir === "desc" ? { dir: "desc" } : {};
  const pageLink = (n: number, label: string, rel?: string): SafeHtml =>
    html`<a href="${paths.list(title, { ...keep, page: n > 1 ? n : undefined })}"${rel ? html` rel="${rel}"` : ""}>${label}</a>`;
  const first = (page.page - 1) * pageSize + 1;
  const caption = page.total === 0
    ? "No items"
    : `Items ${first}–${first + page.rows.length - 1} of ${page.total}${query.sort ? `, sorted by ${query.sort.Title} ${query.dir === "asc" ? "ascending" : "descending"}` : ""}`;
  const rows = page.rows.map((item) => html`<tr>${columns.map((field) => {
    const cell = reader.cell(field, item);
    if (field.InternalName === "Title") {
      const label = cell.text === "" ? `(no title) item ${item.Id}` : cell.text;
      return html`<td><a href="${paths.item(title, item.Id)}">${label}</a></td>`;
    }
    const cls = numeric.has(field.kind) ? "num" : field.kind === "Note" ? "note-cell" : "";
    const content = cell.href ? html`<a href="${cell.href}">${cell.text}</a>` : cell.text;
    return html`<td${cls ? html` class="${cls}"` : ""}>${content}</td>`;
  })}</tr>`);
  const pager = page.pages > 1
    ? html`<nav class="pager" aria-label="Pages">${page.page > 1 && [pageLink(1, "First"), pageLink(page.page - 1, "Previous", "prev")]}
<span>Page ${page.page} of ${page.pages}</span>${page.page < page.pages && [pageLink(page.page + 1, "Next", "next"), pageLink(page.pages, "Last")]}</nav>`
    : "";
  return html`<h1>${title}</h1>
${list.meta.Description && html`<p class="lead">${list.meta.Description}</p>`}
${input.status && html`<p class="status" role="status">${input.status}</p>`}
<div class="bar"><a class="button" href="${paths.newItem(title)}">New item</a><span>${page.total} ${page.total === 1 ? "item" : "items"}</span></div>
<div class="table-wrap" role="region" aria-label="${title} items" tabindex="0"><table>
<caption>${caption}. Select a column header to sort by it; select an item's title to edit it.</caption>
<thead><tr>${columns.map(header)}</tr></thead>
<tbody>${rows.length > 0 ? rows : html`<tr><td colspan="${columns.length}" class="empty">There are no items in this list yet.</td></tr>`}</tbody>
</table></div>
${pager}`;
}

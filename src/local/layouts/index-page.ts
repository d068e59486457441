import type { SiteStore } from "../site-store";
import { definitionFor } from "./columns";
import { html, type SafeHtml } from "./html";
import type { LayoutPaths } from "./paths";

/** `/_layouts/lists`: every list on the site with its item count, like Site contents. */
export function indexBody(store: SiteStore, paths: LayoutPaths, siteTitle: string): SafeHtml {
  const lists = store.lists().sort((a, b) => a.meta.Title.localeCompare(b.meta.Title, "en-GB"));
  return html`<h1>Site contents: ${siteTitle}</h1>
<p class="lead">Every list on this site. Open one to see its items as SharePoint's grid view would, or to change them the way the Change Manager can.</p>
${lists.length === 0
    ? html`<p class="empty">This site has no lists yet. Provision them (for example with the CLI's provision command) and reload.</p>`
    : html`<div class="table-wrap"><table>
<caption>${lists.length} ${lists.length === 1 ? "list" : "lists"}</caption>
<thead><tr><th scope="col">List</th><th scope="col">Items</th><th scope="col">Description</th><th scope="col">Columns from</th></tr></thead>
<tbody>${lists.map(
        (l) => html`<tr><th scope="row"><a href="${paths.list(l.meta.Title)}">${l.meta.Title}</a>${l.meta.Hidden && " (hidden)"}</th>
<td class="num">${l.itemCount}</td><td>${l.meta.Description}</td>
<td>${definitionFor(l) ? html`sharepoint-lists/${definitionFor(l)?.title}.json` : html`<span class="empty">no definition</span>`}</td></tr>`,
      )}</tbody></table></div>`}`;
}

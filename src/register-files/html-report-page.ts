import { escapeHtml } from "./html-escape";
import { htmlStyles } from "./html-styles";

/** One report table as a standalone page: what goes in it, as text, except the rows already in HTML. */
export interface HtmlReportPage {
  title: string;
  council: string;
  /** The day it was produced. */
  asOf: string;
  /** Plain-text notes listed above the table. */
  notes: readonly string[];
  /** Column headings, plain text. */
  columns: readonly string[];
  /** The table's rows, as HTML the caller built and escaped; empty for none. */
  rows: string;
  /** Said in the table when there are no rows. */
  empty: string;
  /** Said at the foot of the page. */
  footer: string;
}

/**
 * The shell every printable report page shares (the performance report, the assurance summary):
 * the register's styles, a heading with the council and the day, the notes, then one captioned
 * table that scrolls on its own, reachable by keyboard. Plain HTML, no scripts.
 */
export function htmlReportPage(page: HtmlReportPage): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(page.title)} — ${e(page.council)}</title><style>${htmlStyles}</style></head>
<body>
<header><h1>${e(page.title)}</h1><p class="council">${e(page.council)} · produced ${e(page.asOf)}</p></header>
<main>
<ul class="notes">${page.notes.map((n) => `<li>${e(n)}</li>`).join("")}</ul>
<div class="scroll" tabindex="0" role="region" aria-label="${e(page.title)}">
<table><caption>${e(page.title)}</caption>
<thead><tr>${page.columns.map((c) => `<th scope="col">${e(c)}</th>`).join("")}</tr></thead>
<tbody>
${page.rows || `<tr><td colspan="${page.columns.length}">${e(page.empty)}</td></tr>`}
</tbody></table></div>
</main>
<footer>${e(page.footer)}</footer>
</body></html>`;
}

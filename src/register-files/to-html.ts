import { formatLongDate } from "../domain/review-calendar/long-date";
import { cellText } from "./cell-text";
import { escapeHtml } from "./html-escape";
import { htmlStyles } from "./html-styles";
import type { RegisterColumn } from "./register-columns";
import { registerTitle, type CellValue, type RegisterTable } from "./register-table";

const longColumns = new Set(["purpose", "partners", "topRisks", "representatives", "confidentialNotes"]);

function cellHtml(column: RegisterColumn, value: CellValue): string {
  const text = cellText(column, value);
  // A dash for the eye, the word "none" for a screen reader (which would otherwise say "em dash").
  if (!text) return `<span aria-hidden="true">—</span><span class="vh">none</span>`;
  if (column.type === "link" && /^https?:\/\//i.test(text)) {
    return `<a href="${escapeHtml(text)}">${escapeHtml(text.replace(/^https?:\/\//i, ""))}</a>`;
  }
  return escapeHtml(text);
}

function rowHtml(columns: readonly RegisterColumn[], row: readonly CellValue[]): string {
  const cells = columns.map((column, i) => {
    // The name is the row's header, so a screen reader announces it with every cell of the row.
    if (i === 0) return `<th scope="row">${cellHtml(column, row[i])}</th>`;
    const classes = [column.type === "money" ? "money" : column.type === "date" ? "date" : "", longColumns.has(column.id) ? "long" : ""].filter(Boolean);
    return `<td${classes.length ? ` class="${classes.join(" ")}"` : ""}>${cellHtml(column, row[i])}</td>`;
  });
  return `<tr>${cells.join("")}</tr>`;
}

/**
 * The register as one standalone HTML page for the council's website: lang="en-GB", the
 * council's name and the date, a captioned table whose headers are `<th scope>`, plain CSS that
 * prints in landscape, and no script at all.
 */
export function registerToHtml(table: RegisterTable): string {
  const title = registerTitle(table);
  const date = formatLongDate(table.asOf);
  const count = `${table.rows.length} ${table.rows.length === 1 ? "arrangement" : "arrangements"}`;
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("");
  const body = table.rows.length
    ? table.rows.map((row) => rowHtml(table.columns, row)).join("\n")
    : `<tr><td colspan="${table.columns.length}">There are no arrangements to show.</td></tr>`;
  const heading = table.title ?? (table.published ? "Register of partnerships" : "Internal register of partnerships");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${htmlStyles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(heading)}</h1>
<p class="council">${escapeHtml(table.council)} · as at ${escapeHtml(date)} · ${count}</p>
</header>
<main>
<ul class="notes">
${table.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("\n")}
</ul>
<div class="scroll" role="region" aria-labelledby="register-caption" tabindex="0">
<table>
<caption id="register-caption">${escapeHtml(heading)}, ${escapeHtml(table.council)}, as at ${escapeHtml(date)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</main>
<footer><p>Produced by the council's partnership register on ${escapeHtml(date)}. Money is in pounds; the council contribution is per year.</p></footer>
</body>
</html>
`;
}

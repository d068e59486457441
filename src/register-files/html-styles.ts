/**
 * The published page's CSS: plain, readable, high contrast in light and dark, and printable in
 * landscape with the header row repeated on every page. No web fonts, no scripts.
 */
export const htmlStyles = `
:root { color-scheme: light dark; --text: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --head: #e7ecf2; --line: #b1b4b6; --stripe: #f6f7f8; --link: #0b4f9c; }
@media (prefers-color-scheme: dark) {
  :root { --text: #f3f3f3; --muted: #d0d0d0; --bg: #161616; --head: #2b3440; --line: #6f777b; --stripe: #1f1f1f; --link: #8cc4ff; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 16px/1.5 Arial, Helvetica, sans-serif; color: var(--text); background: var(--bg); }
header, main, footer { max-width: 100%; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 4px; }
.council { font-size: 1.125rem; margin: 0 0 8px; color: var(--muted); }
.notes { max-width: 70em; margin: 0 0 16px; padding-left: 1.25em; }
a { color: var(--link); }
a:focus, .scroll:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.scroll { overflow-x: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; font-size: 0.875rem; min-width: 100%; }
caption { text-align: left; font-weight: bold; padding: 8px; caption-side: top; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; min-width: 8em; }
thead th { background: var(--head); position: sticky; top: 0; }
tbody th { font-weight: bold; min-width: 14em; }
tbody tr:nth-child(even) { background: var(--stripe); }
td.money { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
td.long { min-width: 20em; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 16px; color: var(--muted); font-size: 0.875rem; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { padding: 0; font-size: 9pt; color: #000; background: #fff; }
  .scroll { overflow: visible; border: 0; }
  table { font-size: 8pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: #000; }
}
`;

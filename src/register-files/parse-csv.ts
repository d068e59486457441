import { tableFromRows, type SourceTable } from "./source-table";

/** Comma, semicolon (Excel in many European locales) or tab: whichever the header line uses most. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => ({ d, n: outsideQuotes.split(d).length - 1 }));
  return counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ",";
}

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
function records(text: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      out.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}

/** Our CSV export guards `=…` as `'=…`; reading it back restores what the person typed. */
const unguard = (cell: string): string => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/**
 * A CSV file's text as a table. Accepts what Excel and LibreOffice save: a byte order mark,
 * CRLF or LF, comma, semicolon or tab separated.
 */
export function parseCsv(text: string): SourceTable {
  const body = text.replace(/^\uFEFF/, "");
  const rows = records(body, sniffDelimiter(body)).map((cells, i) => ({ rowNumber: i + 1, cells: cells.map(unguard) }));
  return tableFromRows(rows, "CSV file");
}

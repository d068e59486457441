import type { CellValue, RegisterTable } from "./register-table";

/** Byte order mark: without it Excel opens UTF-8 as Windows-1252 and "£" becomes "Â£". */
const bom = "\uFEFF";

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). A tab or
 * carriage return at the start is also read that way by some spreadsheet programs.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** A partnership name typed as `=HYPERLINK(…)` is shown as text, never run, when the CSV is opened. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellCsv(value: CellValue): string {
  if (value === undefined) return "";
  // Money is written as a plain number so a spreadsheet can add it up; only text can carry a formula.
  if (typeof value === "number") return String(value);
  return csvField(neutraliseFormula(value));
}

/** The register as CSV text (RFC 4180, CRLF line ends, UTF-8 with a byte order mark for Excel). */
export function registerToCsv(table: RegisterTable): string {
  const header = table.columns.map((c) => csvField(neutraliseFormula(c.header))).join(",");
  const lines = table.rows.map((row) => row.map(cellCsv).join(","));
  return `${bom}${[header, ...lines].join("\r\n")}\r\n`;
}


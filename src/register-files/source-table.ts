/** One data row of an imported spreadsheet, with the row number the person sees (the header is row 1). */
export interface SourceRow {
  rowNumber: number;
  cells: string[];
}

/** A spreadsheet as read: its header texts and its rows of text, whatever the file format was. */
export interface SourceTable {
  headers: string[];
  rows: SourceRow[];
}

/** A file we cannot read at all (not a spreadsheet, no header row); the message is for the person. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableFileError";
  }
}

const blank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === "");

/**
 * Turns rows of text into a table: the first non-blank row is the header, wholly blank rows are
 * skipped (their numbers are kept, so row 7 is still row 7 in the person's spreadsheet).
 */
export function tableFromRows(rows: readonly { rowNumber: number; cells: string[] }[], what: string): SourceTable {
  const headerIndex = rows.findIndex((r) => !blank(r.cells));
  const headerRow = rows[headerIndex];
  if (!headerRow) throw new UnreadableFileError(`The ${what} is empty: there is no header row naming the columns.`);
  const headers = headerRow.cells.map((h) => h.trim());
  while (headers.length > 0 && headers.at(-1) === "") headers.pop();
  if (headers.length === 0) throw new UnreadableFileError(`The ${what} has no column names in its first row.`);
  const data = rows
    .slice(headerIndex + 1)
    .filter((r) => !blank(r.cells))
    .map((r) => ({ rowNumber: r.rowNumber, cells: headers.map((_, i) => (r.cells[i] ?? "").trim()) }));
  return { headers, rows: data };
}

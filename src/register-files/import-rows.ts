import { arrangementSchema, type Arrangement } from "../domain/records/arrangement";
import type { ColumnMapping } from "./column-mapping";
import { importField, type ImportFieldId } from "./import-fields";
import { normaliseText, rowIdentity } from "./import-key";
import { readImportCell, type ImportContext } from "./read-import-cell";
import type { SourceRow, SourceTable } from "./source-table";

/** Something wrong with one cell (or row), said so the person can find it: row number and column. */
export interface RowProblem {
  rowNumber: number;
  column: string;
  message: string;
}

/** A row that reads cleanly, ready to become a register entry. */
export interface ImportDraft {
  rowNumber: number;
  identity: string;
  record: Arrangement;
}

export interface ImportRowsResult {
  drafts: ImportDraft[];
  problems: RowProblem[];
}

/** "Row 4, Lead Officer: … " — how the report, the CLI and the screen all say a problem. */
export const describeRowProblem = (p: RowProblem): string => `Row ${p.rowNumber}, ${p.column}: ${p.message}`;

function readRow(row: SourceRow, headers: readonly string[], mapping: ColumnMapping, context: ImportContext): { draft?: ImportDraft; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const columnOf = (field: ImportFieldId): number => mapping.indexOf(field);
  const headerOf = (field: ImportFieldId): string => headers[columnOf(field)] ?? importField(field).label;
  const textOf = (field: ImportFieldId): string => (columnOf(field) >= 0 ? (row.cells[columnOf(field)] ?? "") : "");
  const record: Partial<Arrangement> = { status: "active" };
  // Kind first: a sub-type is checked against the row's kind.
  const order = ["kind", ...mapping.filter((m): m is ImportFieldId => m !== null && m !== "kind")] as ImportFieldId[];
  for (const field of order) {
    const text = textOf(field);
    if (columnOf(field) < 0 || text === "") continue;
    const read = readImportCell(field, text, context, record.kind);
    if (read.ok) Object.assign(record, read.value);
    else problems.push({ rowNumber: row.rowNumber, column: headerOf(field), message: read.message });
  }
  const kinds = context.pack.kinds.map((k) => k.name).join(", ");
  if (!textOf("name")) problems.push({ rowNumber: row.rowNumber, column: headerOf("name"), message: "the name is empty; every arrangement needs one." });
  if (!textOf("kind")) problems.push({ rowNumber: row.rowNumber, column: headerOf("kind"), message: `the kind is empty; say which it is: ${kinds}.` });
  if (problems.length > 0) return { problems };
  // Rules across columns (an end before its start, a rating without its date) come from the record itself.
  const parsed = arrangementSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const property = String(issue.path[0] ?? "name");
      const field = (property === "directorateId" ? "directorate" : property) as ImportFieldId;
      problems.push({ rowNumber: row.rowNumber, column: columnOf(field) >= 0 ? headerOf(field) : property, message: `${issue.message}.` });
    }
    return { problems };
  }
  const identity = rowIdentity(textOf("reference") || undefined, parsed.data.name, (parsed.data.partners ?? []).map((p) => p.name));
  return { draft: { rowNumber: row.rowNumber, identity, record: parsed.data }, problems };
}

/**
 * Reads every row of a spreadsheet into arrangements, collecting every problem of every row
 * (never stopping at the first), so the person can fix them all before anything is written.
 * Two rows describing the same arrangement are a problem too: importing both would duplicate it.
 */
export function readImportRows(table: SourceTable, mapping: ColumnMapping, context: ImportContext): ImportRowsResult {
  const drafts: ImportDraft[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const result = readRow(row, table.headers, mapping, context);
    problems.push(...result.problems);
    if (!result.draft) continue;
    const earlier = seen.get(result.draft.identity);
    if (earlier !== undefined) {
      const byReference = result.draft.identity.startsWith("ref:");
      const column = table.headers[mapping.indexOf(byReference ? "reference" : "name")] ?? "Name";
      const same = byReference ? "the same reference" : `the same name ("${normaliseText(result.draft.record.name)}") and partners`;
      problems.push({ rowNumber: row.rowNumber, column, message: `this is the same arrangement as row ${earlier} (${same}); remove one of them, or give each its own reference.` });
      continue;
    }
    seen.set(result.draft.identity, row.rowNumber);
    drafts.push(result.draft);
  }
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  return { drafts, problems };
}

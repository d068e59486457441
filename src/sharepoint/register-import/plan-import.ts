import type { Arrangement } from "../../domain/records/arrangement";
import type { ColumnMapping } from "../../register-files/column-mapping";
import { importKeyOf, normaliseText } from "../../register-files/import-key";
import { readImportRows, type RowProblem } from "../../register-files/import-rows";
import type { SourceTable } from "../../register-files/source-table";
import type { LoadedImportContext } from "./read-import-context";

/** A row that will become a new register entry. */
export interface RowToAdd {
  rowNumber: number;
  importKey: string;
  record: Arrangement;
}

/** A row skipped because the register already has it. */
export interface RowAlreadyOnRegister {
  rowNumber: number;
  name: string;
  existingId: number;
  why: string;
}

/** The dry run's answer: what a commit would do, and what must be fixed before it may. */
export interface ImportPlan {
  rowCount: number;
  toAdd: RowToAdd[];
  alreadyOnRegister: RowAlreadyOnRegister[];
  problems: RowProblem[];
}

/**
 * The dry run: every row read and checked, and each clean row either to be added or already on
 * the register — by its ImportKey (an earlier import of this file) or by its name (an entry
 * typed in by hand). Nothing is written.
 */
export async function planImport(table: SourceTable, mapping: ColumnMapping, loaded: LoadedImportContext): Promise<ImportPlan> {
  const { drafts, problems } = readImportRows(table, mapping, loaded.context);
  const toAdd: RowToAdd[] = [];
  const alreadyOnRegister: RowAlreadyOnRegister[] = [];
  for (const draft of drafts) {
    const importKey = await importKeyOf(draft.identity);
    const byKey = loaded.byKey.get(importKey);
    const byName = loaded.byName.get(normaliseText(draft.record.name));
    if (byKey) {
      alreadyOnRegister.push({ rowNumber: draft.rowNumber, name: draft.record.name, existingId: byKey.id, why: "it was imported before" });
    } else if (byName) {
      alreadyOnRegister.push({ rowNumber: draft.rowNumber, name: draft.record.name, existingId: byName.id, why: `the register already has an entry called "${byName.name}"` });
    } else {
      toAdd.push({ rowNumber: draft.rowNumber, importKey, record: { ...draft.record, importKey } });
    }
  }
  return { rowCount: table.rows.length, toAdd, alreadyOnRegister, problems };
}

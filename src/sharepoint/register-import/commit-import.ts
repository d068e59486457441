import type { SPFI } from "@pnp/sp";
import { mappingProblems, type ColumnMapping } from "../../register-files/column-mapping";
import type { SourceTable } from "../../register-files/source-table";
import type { Actor } from "../audit-trail";
import { arrangementEditors } from "../authorise/arrangement-editors";
import { PermissionError } from "../errors/permission-error";
import { describeError } from "../describe-error";
import type { RepositoryOptions } from "../list-repository";
import { repositoryFor } from "../repositories";
import { currentUser } from "../site-users";
import { planImport, type ImportPlan } from "./plan-import";
import { readImportContext } from "./read-import-context";
import { undoImport, type UndoResult } from "./undo-import";

export interface CommitOptions {
  /** The file's name, kept in each new entry's audit reason ("Imported from register.xlsx, row 4"). */
  fileName: string;
  /** Who is importing; the signed-in person when left out. */
  actor?: Actor;
  /** The product's write rule (see RepositoryOptions.authorise); by default, who may edit arrangements. */
  authorise?: RepositoryOptions["authorise"];
}

export type ImportOutcome =
  | { outcome: "refused"; plan?: ImportPlan; mappingProblems: string[]; notAllowed?: string }
  | { outcome: "imported"; plan: ImportPlan; added: { rowNumber: number; id: number; name: string }[] }
  | { outcome: "undone"; plan: ImportPlan; failedRow: number; failure: string; undo: UndoResult };

/** The dry run on its own: the plan, read against the register as it is now. Nothing is written. */
export async function dryRunImport(sp: SPFI, table: SourceTable, mapping: ColumnMapping): Promise<{ plan?: ImportPlan; mappingProblems: string[] }> {
  const problems = mappingProblems(table.headers, mapping);
  if (problems.length) return { mappingProblems: problems };
  return { plan: await planImport(table, mapping, await readImportContext(sp)), mappingProblems: [] };
}

/**
 * Imports a spreadsheet, all or nothing. The dry run is repeated first, against the register as
 * it is at this moment, and nothing is written unless it finds no problem at all. Rows already on
 * the register are skipped, so importing the same file again adds nothing. SharePoint has no
 * transactions, so if a write fails part-way every entry this import added is removed again
 * (audited deletes) and the outcome says so; if even that fails, it names what is left.
 */
export async function commitImport(sp: SPFI, table: SourceTable, mapping: ColumnMapping, options: CommitOptions): Promise<ImportOutcome> {
  const dryRun = await dryRunImport(sp, table, mapping);
  if (!dryRun.plan || dryRun.plan.problems.length > 0) return { outcome: "refused", ...(dryRun.plan ? { plan: dryRun.plan } : {}), mappingProblems: dryRun.mappingProblems };
  const plan = dryRun.plan;
  const actor = options.actor ?? (await currentUser(sp));
  const authorise = options.authorise ?? arrangementEditors(sp);
  // Asked for every row before the first write, so a person who may not add one of them hears it now, not half-way.
  for (const row of plan.toAdd) {
    try {
      await authorise({ action: "create", listTitle: "Partnerships", actor, changes: row.record });
    } catch (error) {
      if (!PermissionError.is(error)) throw error;
      return { outcome: "refused", plan, mappingProblems: [], notAllowed: `Row ${row.rowNumber}, "${row.record.name}": ${error.message}` };
    }
  }
  const repository = repositoryFor(sp, "Partnerships", { authorise });
  const added: { rowNumber: number; id: number; name: string }[] = [];
  for (const row of plan.toAdd) {
    try {
      const { id } = await repository.add(row.record, actor, { reason: `Imported from ${options.fileName}, row ${row.rowNumber}` });
      added.push({ rowNumber: row.rowNumber, id, name: row.record.name });
    } catch (error) {
      const failure = describeError(error);
      const reason = `Undoing the import of ${options.fileName}: row ${row.rowNumber} could not be saved (${failure})`;
      const undo = await undoImport(repository, plan.toAdd.map((r) => r.importKey), actor, reason);
      return { outcome: "undone", plan, failedRow: row.rowNumber, failure, undo };
    }
  }
  return { outcome: "imported", plan, added };
}

import { describeRowProblem } from "../../register-files/import-rows";
import type { ImportPlan } from "./plan-import";
import type { ImportOutcome } from "./commit-import";

const rows = (n: number): string => `${n} ${n === 1 ? "row" : "rows"}`;

/** The dry run's report in sentences, for the CLI (the tab shows the same facts as tables). */
export function describePlan(plan: ImportPlan): string[] {
  const lines = [
    `${rows(plan.rowCount)} read: ${plan.toAdd.length} to add, ${plan.alreadyOnRegister.length} already on the register, ${plan.problems.length} ${plan.problems.length === 1 ? "problem" : "problems"}.`,
  ];
  for (const p of plan.problems) lines.push(`  ${describeRowProblem(p)}`);
  for (const a of plan.alreadyOnRegister) lines.push(`  Row ${a.rowNumber}, "${a.name}": already on the register as #${a.existingId} (${a.why}); skipped.`);
  return lines;
}

/** What happened, in one or more sentences; the first says whether anything was written. */
export function describeOutcome(result: ImportOutcome): string[] {
  switch (result.outcome) {
    case "refused":
      if (result.notAllowed) return [`Nothing was imported: you may not add every row. ${result.notAllowed}`];
      return result.mappingProblems.length
        ? ["Nothing was imported: the columns are not mapped yet.", ...result.mappingProblems.map((p) => `  ${p}`)]
        : [`Nothing was imported: fix the ${result.plan?.problems.length ?? 0} problems below in the file, then import it again.`, ...(result.plan ? describePlan(result.plan).slice(1) : [])];
    case "imported":
      return [`Imported ${rows(result.added.length)}; ${result.plan.alreadyOnRegister.length} already on the register were skipped.`];
    case "undone": {
      const first = `Nothing was imported: row ${result.failedRow} could not be saved (${result.failure}).`;
      if (result.undo.remaining.length === 0) {
        const removed = result.undo.removed === 0 ? "Nothing had been added before it" : `The ${result.undo.removed} ${result.undo.removed === 1 ? "entry" : "entries"} added before it were removed again`;
        return [first, `${removed}, so the register is as it was.`];
      }
      return [
        first,
        `${result.undo.removed} entries added before it were removed again, but these could not be, and must be deleted by hand:`,
        ...result.undo.remaining.map((r) => `  #${r.id} "${r.name}": ${r.why}`),
      ];
    }
  }
}

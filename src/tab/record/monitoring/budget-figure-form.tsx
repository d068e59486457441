import { financialQuarterOf, financialYearLabel } from "../../../domain/performance/financial-year";
import { budgetFigureSchema, quarters, type BudgetFigure } from "../../../domain/records/budget-figure";
import { saveRecordItem } from "../../../sharepoint/monitoring/save-record-item";
import type { ListRow } from "../../../sharepoint/read-row";
import { useSession } from "../../lib/session/session-context";
import type { ItemField } from "./item-draft";
import { ItemForm } from "./item-form";

const fields: readonly ItemField[] = [
  { property: "financialYear", label: "Financial year", input: "text", required: true, hint: "April to March, written like 2026/27." },
  { property: "quarter", label: "Quarter", input: "choice", required: true, options: quarters.map((q, i) => ({ value: q, label: `${q} (${["April to June", "July to September", "October to December", "January to March"][i]})` })) },
  { property: "budget", label: "Budget (£)", input: "money", hint: "For the quarter, in pounds." },
  { property: "actual", label: "Actual spend (£)", input: "money", hint: "Leave empty until the quarter's spend is known." },
  { property: "note", label: "Note", input: "textarea", hint: "Why it is over or under budget, if it is." },
];

/**
 * A quarter's budget and actual (default framework 4.8e: at least quarterly). The quarter already on the
 * record for that year is changed with its ETag; otherwise a new row is added.
 */
export default function BudgetFigureForm({ arrangementId, figures, today, onDone, onCancel, onReload }: {
  arrangementId: number;
  figures: readonly ListRow<BudgetFigure>[];
  today: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { sp, user } = useSession();
  // The quarter most recently ended is the one whose actual is usually being entered.
  const { startYear, quarter } = financialQuarterOf(today);
  const index = quarters.indexOf(quarter);
  const initialYear = financialYearLabel(index === 0 ? startYear - 1 : startYear);
  const initialQuarter = quarters[(index + 3) % 4]!;
  const known = figures.find((f) => f.record.financialYear === initialYear && f.record.quarter === initialQuarter)?.record;
  return (
    <ItemForm
      id="budget-figure"
      title="Record a quarter's budget and spend"
      lead="If the quarter is already on the record its figures are changed; the audit trail keeps the old ones."
      noun="budget figure"
      fields={fields}
      initial={{ financialYear: initialYear, quarter: initialQuarter, budget: known?.budget !== undefined ? String(known.budget) : "", actual: known?.actual !== undefined ? String(known.actual) : "", note: known?.note ?? "" }}
      schema={budgetFigureSchema}
      base={{ arrangementId }}
      submitLabel="Save the quarter"
      onCancel={onCancel}
      onReload={onReload}
      onSave={async (values) => {
        const figure = values as Partial<BudgetFigure>;
        const existing = figures.find((f) => f.record.financialYear === figure.financialYear && f.record.quarter === figure.quarter);
        const actor = { id: user.id, title: user.title, email: user.email };
        const saved = await saveRecordItem(sp, "BudgetFigures", existing ? { id: existing.id, etag: existing.etag } : undefined, existing ? figure : { ...figure, arrangementId }, actor);
        onDone(saved.changed ? `Saved ${figure.financialYear} ${figure.quarter}.` : "Nothing had changed, so nothing was saved.");
      }}
    />
  );
}

import { z } from "zod";
import { financialQuarterOf, financialYearLabel } from "../../../domain/performance/financial-year";
import { parseReportingPeriod, reportingPeriodHint } from "../../../domain/performance/reporting-period";
import type { PerformanceMeasure } from "../../../domain/records/performance-measure";
import { saveRecordItem } from "../../../sharepoint/monitoring/save-record-item";
import type { ListRow } from "../../../sharepoint/read-row";
import { useSession } from "../../lib/session/session-context";
import type { ItemField } from "./item-draft";
import { ItemForm } from "./item-form";

const actualSchema = z.object({
  period: z.string().refine((p) => parseReportingPeriod(p) !== undefined, reportingPeriodHint),
  value: z.number(),
  note: z.string().optional(),
});

/** The period a measure reported at this frequency most recently closed, as a starting suggestion. */
function suggestedPeriod(frequency: PerformanceMeasure["frequency"] | undefined, today: string): string {
  const { startYear, quarter } = financialQuarterOf(today);
  const year = financialYearLabel(startYear);
  if (frequency === "annually") return financialYearLabel(startYear - 1);
  if (frequency === "six-monthly") return quarter === "Q1" || quarter === "Q2" ? `${financialYearLabel(startYear - 1)} H2` : `${year} H1`;
  if (frequency === "monthly") {
    const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() - 1);
    return `${date.toLocaleString("en-GB", { month: "short", timeZone: "UTC" }).slice(0, 3)} ${date.getUTCFullYear()}`;
  }
  const index = ["Q1", "Q2", "Q3", "Q4"].indexOf(quarter);
  return index === 0 ? `${financialYearLabel(startYear - 1)} Q4` : `${year} Q${index}`;
}

/**
 * Recording a measure's actual for a period (default framework 4.8: regular reporting against targets).
 * A value for a period already reported replaces it (a correction); the audit keeps the old one.
 */
export default function MeasureActualForm({ measure, today, onDone, onCancel, onReload }: {
  measure: ListRow<PerformanceMeasure>;
  today: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { sp, user } = useSession();
  const name = measure.record.name ?? "this measure";
  const fields: ItemField[] = [
    { property: "period", label: "Period", input: "text", required: true, hint: reportingPeriodHint },
    { property: "value", label: `Actual${measure.record.unit ? ` (${measure.record.unit})` : ""}`, input: "number", required: true },
    { property: "note", label: "Note", input: "textarea" },
  ];
  return (
    <ItemForm
      id={`measure-actual-${measure.id}`}
      title={`Record an actual for “${name}”`}
      lead={measure.record.target !== undefined ? `Target ${measure.record.target}${measure.record.unit ? ` ${measure.record.unit}` : ""}; ${measure.record.higherIsBetter === false ? "lower" : "higher"} is better.` : "This measure has no target yet, so it is not rated."}
      noun="measure"
      fields={fields}
      initial={{ period: suggestedPeriod(measure.record.frequency, today), value: "", note: "" }}
      schema={actualSchema}
      base={{}}
      submitLabel="Record the actual"
      onCancel={onCancel}
      onReload={onReload}
      onSave={async (values) => {
        const period = parseReportingPeriod(String(values.period))!.label;
        const entry = { period, value: Number(values.value), ...(values.note ? { note: String(values.note) } : {}) };
        const previous = measure.record.actuals ?? [];
        const replaced = previous.some((a) => a.period === period);
        const actuals = [...previous.filter((a) => a.period !== period), entry];
        await saveRecordItem(sp, "Measures", { id: measure.id, etag: measure.etag }, { actuals }, { id: user.id, title: user.title, email: user.email }, `${replaced ? "Corrected" : "Recorded"} the actual for ${period}`);
        onDone(`${replaced ? "Corrected" : "Recorded"} ${entry.value} for ${period} on “${name}”.`);
      }}
    />
  );
}

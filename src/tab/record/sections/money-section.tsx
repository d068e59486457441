import { Badge } from "@fluentui/react-components";
import { NothingRecorded } from "../parts/nothing-recorded";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { budgetYears, varianceText } from "../view/budget-view";
import { personName, pounds, words } from "../view/format";
import { latestActual, targetStatus, targetStatusLabels, withUnit } from "../view/measure-view";

const statusColour = { "on-target": "success", "off-target": "danger", "no-target": "subtle", "no-actual": "subtle" } as const;

/** Key performance measures with their targets (gravesham 4.8) and quarterly budget against actual (4.8e). */
export function MoneySection({ data }: SectionProps) {
  const a = data.arrangement.record;
  const years = budgetYears(data.budget.map((b) => b.record));
  return (
    <>
      <SectionCard title="Performance measures" lead="Each measure's target and its latest reported value.">
        {data.measures.length === 0 ? (
          <NothingRecorded>No performance measures recorded.</NothingRecorded>
        ) : (
          <SimpleTable
            label="Performance measures"
            rowKey={(m) => m.id}
            rows={data.measures}
            columns={[
              { header: "Measure", rowHeader: true, cell: (m) => m.record.name ?? "Unnamed measure" },
              { header: "Target", cell: (m) => `${withUnit(m.record.target, m.record.unit)}${m.record.higherIsBetter === false ? " or lower" : ""}` },
              { header: "Latest actual", cell: (m) => { const latest = latestActual(m.record); return latest ? `${withUnit(latest.value, m.record.unit)} (${latest.period})` : "Not yet reported"; } },
              {
                header: "Against target",
                cell: (m) => {
                  const status = targetStatus(m.record);
                  return <Badge appearance="tint" shape="rounded" color={statusColour[status]}>{targetStatusLabels[status]}</Badge>;
                },
              },
              { header: "Reported", cell: (m) => words(m.record.frequency) },
              { header: "Owner", cell: (m) => personName(m.record.owner) },
            ]}
          />
        )}
      </SectionCard>
      <SectionCard
        title="Budget against actual"
        lead={`Council contribution ${pounds(a.councilContribution)} a year; total budget ${pounds(a.totalBudget)}. Monitored at least quarterly.`}
      >
        {years.length === 0 && <NothingRecorded>No budget figures recorded.</NothingRecorded>}
        {years.map((year) => (
          <SimpleTable
            key={year.financialYear}
            label={`Budget against actual, ${year.financialYear}`}
            rowKey={(line) => line.label}
            rows={[...year.quarters, year.total]}
            columns={[
              { header: year.financialYear, rowHeader: true, cell: (line) => line.label },
              { header: "Budget", cell: (line) => pounds(line.budget) },
              { header: "Actual", cell: (line) => (line.actual === undefined ? "Not yet reported" : pounds(line.actual)) },
              { header: "Variance", cell: (line) => varianceText(line.variance) },
              { header: "Note", cell: (line) => line.note ?? "" },
            ]}
          />
        ))}
      </SectionCard>
    </>
  );
}

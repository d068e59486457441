import { Badge, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { yearMonitoring } from "../../../domain/performance/budget-monitoring";
import { measureStatus, actualsUpTo } from "../../../domain/performance/measure-status";
import { ragLabels } from "../../../domain/performance/rag-rating";
import { ragTolerance } from "../../../domain/performance/rag-tolerance";
import type { PerformanceMeasure } from "../../../domain/records/performance-measure";
import type { ListRow } from "../../../sharepoint/read-row";
import { usePolicy } from "../../lib/policy/policy-context";
import { useSectionForm } from "../monitoring/use-section-form";
import { NothingRecorded } from "../parts/nothing-recorded";
import { SectionCard } from "../parts/section-card";
import { SimpleTable } from "../parts/simple-table";
import type { SectionProps } from "../section-props";
import { personName, pounds, words } from "../view/format";
import { withUnit } from "../view/measure-view";
import { varianceWords } from "../view/variance-words";

// Charts and forms are fetched with the section's first paint or when opened, never with the record's first load.
const MeasureChart = lazy(() => import("../monitoring/measure-chart"));
const BudgetChart = lazy(() => import("../monitoring/budget-chart"));
const MeasureActualForm = lazy(() => import("../monitoring/measure-actual-form"));
const BudgetFigureForm = lazy(() => import("../monitoring/budget-figure-form"));

const ragColour = { green: "success", amber: "warning", red: "danger" } as const;
const flagColour = { overspend: "danger", underspend: "informative", "on-budget": "success" } as const;
const flagWords = { overspend: "Overspend", underspend: "Underspend", "on-budget": "On budget" } as const;

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: "8px", margin: "0 0 12px" },
  // Fluent's badge is one line high; the rating says a few words, so it wraps inside the badge.
  wrap: { height: "auto", minHeight: "20px", whiteSpace: "normal", paddingTop: "2px", paddingBottom: "2px" },
  bar: { marginBottom: "12px" },
  year: { marginTop: "16px" },
  yearTitle: { margin: "0 0 8px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type MoneyForm = { kind: "actual"; measure: ListRow<PerformanceMeasure> } | { kind: "budget" };

/** Key performance measures rated red / amber / green against their targets (default framework 4.8) and quarterly budget against actual (4.8e). */
export function MoneySection({ data, today, mayEdit, reload }: SectionProps) {
  const styles = useStyles();
  const { pack } = usePolicy();
  const tolerance = ragTolerance(pack);
  const section = useSectionForm<MoneyForm>(reload);
  const a = data.arrangement.record;
  const years = [...new Set(data.budget.map((b) => b.record.financialYear).filter((y): y is string => !!y))].sort().reverse();
  const loading = <p role="status">Loading…</p>;
  const notice = (
    <div>
      {section.notice && (
        <MessageBar intent="success" role="status" className={styles.bar}>
          <MessageBarBody>{section.notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
  return (
    <>
      <SectionCard
        title="Performance measures"
        lead={`Each measure's latest reported value against its target: green when met, amber when missed by up to ${tolerance}% of the target, red beyond that.`}
      >
        {section.last?.kind === "actual" && notice}
        {section.form?.kind === "actual" && (
          <Suspense fallback={loading}>
            <MeasureActualForm measure={section.form.measure} today={today} onDone={section.done} onCancel={section.cancel} onReload={section.reload} />
          </Suspense>
        )}
        {data.measures.length === 0 ? (
          <NothingRecorded>No performance measures recorded.</NothingRecorded>
        ) : (
          <SimpleTable
            label="Performance measures"
            rowKey={(m) => m.id}
            rows={data.measures}
            columns={[
              { header: "Measure", rowHeader: true, cell: (m) => m.record.name ?? "Unnamed measure" },
              { header: "Target", cell: (m) => `${withUnit(m.record.target, m.record.unit)}${m.record.target === undefined ? "" : m.record.higherIsBetter === false ? " or lower" : " or higher"}` },
              {
                header: "Latest actual",
                cell: (m) => {
                  const status = measureStatus(m.record, tolerance);
                  return status.state === "not-reported" ? "Not yet reported" : `${withUnit(status.latest?.value, m.record.unit)} (${status.latest?.period})`;
                },
              },
              {
                header: "Rating",
                cell: (m) => {
                  const status = measureStatus(m.record, tolerance);
                  if (status.state === "rated") return <Badge className={styles.wrap} appearance="filled" shape="rounded" color={ragColour[status.rating]}>{ragLabels[status.rating]}</Badge>;
                  return <Badge appearance="tint" shape="rounded" color="subtle">{status.state === "no-target" ? "No target set" : "Not yet reported"}</Badge>;
                },
              },
              {
                header: "Trend",
                cell: (m) => (
                  <Suspense fallback={null}>
                    <MeasureChart name={m.record.name ?? "Measure"} actuals={actualsUpTo(m.record.actuals ?? [])} target={m.record.target} unit={m.record.unit} />
                  </Suspense>
                ),
              },
              { header: "Reported", cell: (m) => words(m.record.frequency) },
              { header: "Owner", cell: (m) => personName(m.record.owner) },
              ...(mayEdit
                ? [
                    {
                      header: "Change",
                      cell: (m: ListRow<PerformanceMeasure>) => (
                        <Button size="small" aria-label={`Record an actual for ${m.record.name ?? "this measure"}`} onClick={() => section.open({ kind: "actual", measure: m })}>
                          Record an actual
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </SectionCard>
      <SectionCard
        title="Budget against actual"
        lead={`Council contribution ${pounds(a.councilContribution)} a year; total budget ${pounds(a.totalBudget)}. Monitored at least quarterly; quarter 1 is April to June.`}
      >
        {mayEdit && (
          <div className={styles.toolbar}>
            <Button appearance="primary" onClick={() => section.open({ kind: "budget" })}>
              Record a quarter's figures
            </Button>
          </div>
        )}
        {section.form?.kind === "budget" ? (
          <Suspense fallback={loading}>
            <BudgetFigureForm arrangementId={data.arrangement.id} figures={data.budget} today={today} onDone={section.done} onCancel={section.cancel} onReload={section.reload} />
          </Suspense>
) : (
          section.last?.kind === "budget" && notice
        )}
        {years.length === 0 && <NothingRecorded>No budget figures recorded.</NothingRecorded>}
        {years.map((financialYear) => {
          const year = yearMonitoring(data.budget.map((b) => b.record), financialYear);
          if (!year) return null;
          const total = {
            label: `${financialYear} so far`,
            budget: year.reported.budget,
            actual: year.reported.actual,
            variance: year.reported.variance,
            note: `${year.reported.quarters} of 4 quarters reported${year.yearBudget !== undefined ? `; budget for the whole year ${pounds(year.yearBudget)}` : ""}`,
          };
          const lines = [...year.quarters.map((q) => ({ label: q.quarter, budget: q.budget, actual: q.actual, variance: q.variance, note: q.note })), total];
          return (
            <div key={financialYear} className={styles.year}>
              <h3 className={styles.yearTitle}>{financialYear}</h3>
              <Suspense fallback={null}>
                <BudgetChart financialYear={financialYear} quarters={year.quarters} />
              </Suspense>
              <SimpleTable
                label={`Budget against actual, ${financialYear}`}
                rowKey={(line) => line.label}
                rows={lines}
                columns={[
                  { header: "Quarter", rowHeader: true, cell: (line) => line.label },
                  { header: "Budget", cell: (line) => pounds(line.budget) },
                  { header: "Actual", cell: (line) => (line.actual === undefined ? "Not yet reported" : pounds(line.actual)) },
                  { header: "Variance", cell: (line) => varianceWords(line.variance) },
                  {
                    header: "Flag",
                    cell: (line) => (line.variance ? <Badge appearance="tint" shape="rounded" color={flagColour[line.variance.flag]}>{flagWords[line.variance.flag]}</Badge> : "—"),
                  },
                  { header: "Note", cell: (line) => line.note ?? "" },
                ]}
              />
            </div>
          );
        })}
      </SectionCard>
    </>
  );
}

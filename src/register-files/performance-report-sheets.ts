import type { PerformanceReport } from "../domain/performance/performance-report";
import type { ReportSheet } from "./report-workbook";

const ragWords = { green: "Green", amber: "Amber", red: "Red" } as const;
const flagWords = { overspend: "Overspend", underspend: "Underspend", "on-budget": "On budget" } as const;

/**
 * The bi-annual performance report as sheets: a summary line per key partnership (its measures'
 * ratings counted, the half year's budget variance, its highest risk), then every measure, and the
 * top risks of each.
 */
export function performanceReportSheets(report: PerformanceReport): ReportSheet[] {
  const summary: ReportSheet = {
    name: "Key partnerships",
    columns: [
      { id: "partnership", header: "Partnership", type: "text", width: 40 },
      { id: "category", header: "Category", type: "text", width: 16 },
      { id: "red", header: "Measures red", type: "text", width: 10 },
      { id: "amber", header: "Measures amber", type: "text", width: 10 },
      { id: "green", header: "Measures green", type: "text", width: 10 },
      { id: "unrated", header: "Measures not rated", type: "text", width: 10 },
      { id: "budget", header: "Budget for the half year (£)", type: "money", width: 16 },
      { id: "actual", header: "Actual for the half year (£)", type: "money", width: 16 },
      { id: "variance", header: "Variance (£, + is over)", type: "money", width: 16 },
      { id: "variancePercent", header: "Variance (%)", type: "text", width: 10 },
      { id: "flag", header: "Over or under", type: "text", width: 14 },
      { id: "quarters", header: "Quarters reported", type: "text", width: 10 },
      { id: "topRisk", header: "Highest open risk", type: "text", width: 44 },
    ],
    rows: report.partnerships.map((p) => [
      p.name,
      p.category,
      p.rag.red,
      p.rag.amber,
      p.rag.green,
      p.rag.unrated,
      p.budget.quartersReported ? p.budget.budget : undefined,
      p.budget.quartersReported ? p.budget.actual : undefined,
      p.budget.variance?.amount,
      p.budget.variance?.percent,
      p.budget.variance ? flagWords[p.budget.variance.flag] : "No figures",
      p.budget.quartersReported,
      p.topRisks[0] ? `${p.topRisks[0].title} (score ${p.topRisks[0].score})` : "No open risks",
    ]),
  };
  const measures: ReportSheet = {
    name: "Measures",
    columns: [
      { id: "partnership", header: "Partnership", type: "text", width: 36 },
      { id: "measure", header: "Measure", type: "text", width: 40 },
      { id: "target", header: "Target", type: "text", width: 10 },
      { id: "direction", header: "Better when", type: "text", width: 10 },
      { id: "period", header: "Latest period", type: "text", width: 14 },
      { id: "actual", header: "Actual", type: "text", width: 10 },
      { id: "unit", header: "Unit", type: "text", width: 14 },
      { id: "rating", header: "Rating", type: "text", width: 12 },
    ],
    rows: report.partnerships.flatMap((p) =>
      p.measures.map((m) => [p.name, m.name, m.target, m.higherIsBetter ? "Higher" : "Lower", m.latest?.period ?? "Not reported", m.latest?.value, m.unit, m.rating ? ragWords[m.rating] : m.target === undefined ? "No target" : "Not reported"]),
    ),
  };
  const risks: ReportSheet = {
    name: "Top risks",
    columns: [
      { id: "partnership", header: "Partnership", type: "text", width: 36 },
      { id: "risk", header: "Risk", type: "text", width: 40 },
      { id: "likelihood", header: "Likelihood", type: "text", width: 10 },
      { id: "impact", header: "Impact", type: "text", width: 10 },
      { id: "score", header: "Score", type: "text", width: 8 },
      { id: "owner", header: "Owner", type: "text", width: 22 },
      { id: "mitigation", header: "Mitigation", type: "text", width: 50 },
    ],
    rows: report.partnerships.flatMap((p) => p.topRisks.map((r) => [p.name, r.title, r.likelihood, r.impact, r.score, r.owner, r.mitigation])),
  };
  return [summary, measures, risks];
}

/** What the About sheet and the page say about how the report was made. */
export function performanceReportNotes(report: PerformanceReport): string[] {
  return [
    `Key partnerships for ${report.half.label}: ${report.partnerships.length}.${report.keyRule ? ` Chosen by the council's policy (${report.keyRule}).` : ""}`,
    `Each measure is rated on its latest actual for a period that ended by ${report.half.end}: green when the target is met, amber when missed by up to ${report.tolerancePercent}% of the target, red beyond that.`,
    `Budget against actual covers the half year's quarters (${report.half.quarters.join(" and ")} of ${report.half.financialYear}) that have both figures; a positive variance is an overspend.`,
    "Top risks are the three highest-scoring open risks (likelihood × impact) recorded by the end of the half year, as they are scored today.",
  ];
}

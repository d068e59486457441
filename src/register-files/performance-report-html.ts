import type { PerformanceReport } from "../domain/performance/performance-report";
import { measureValueText } from "../domain/performance/measure-value";
import { escapeHtml } from "./html-escape";
import { htmlReportPage } from "./html-report-page";
import { performanceReportNotes } from "./performance-report-sheets";

const money = (n: number | undefined) => (n === undefined ? "—" : `£${n.toLocaleString("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`);
const ragWords = { green: "Green", amber: "Amber", red: "Red" } as const;

/**
 * The bi-annual performance report as one standalone, printable page for the executive: plain
 * HTML with the register's styles, every colour said in words, no scripts.
 */
export function performanceReportToHtml(report: PerformanceReport, council: string, asOf: string): string {
  const e = escapeHtml;
  const title = `Performance of key partnerships, ${report.half.label}`;
  const rows = report.partnerships
    .map((p) => {
      const v = p.budget.variance;
      const variance = v ? `${money(Math.abs(v.amount))} ${v.flag === "overspend" ? "over" : v.flag === "underspend" ? "under" : "on"} budget${v.percent !== undefined && v.flag !== "on-budget" ? ` (${Math.abs(v.percent)}%)` : ""}` : "No figures for the half year";
      const measures = p.measures.length
        ? `<ul>${p.measures.map((m) => `<li>${e(m.name)}: ${m.rating ? `<strong>${ragWords[m.rating]}</strong>` : m.target === undefined ? "no target" : "not reported"}${m.latest ? ` — ${e(measureValueText(m.latest.value, m.unit))} for ${e(m.latest.period)}` : ""}${m.target !== undefined ? ` (target ${e(measureValueText(m.target, m.unit))})` : ""}</li>`).join("")}</ul>`
        : "No measures";
      const risks = p.topRisks.length ? `<ol>${p.topRisks.map((r) => `<li>${e(r.title)} (score ${r.score}: likelihood ${r.likelihood} × impact ${r.impact})</li>`).join("")}</ol>` : "No open risks";
      return `<tr><th scope="row">${e(p.name)}${p.category ? `<br><span class="council">${e(p.category)}</span>` : ""}</th><td class="long">${measures}</td><td>${variance}<br>Budget ${money(p.budget.budget)}, actual ${money(p.budget.actual)}; ${p.budget.quartersReported} ${p.budget.quartersReported === 1 ? "quarter" : "quarters"} reported</td><td class="long">${risks}</td></tr>`;
    })
    .join("\n");
  return htmlReportPage({
    title,
    council,
    asOf,
    notes: performanceReportNotes(report),
    columns: ["Partnership", "Measures (red / amber / green)", "Budget against actual", "Top risks"],
    rows,
    empty: "No key partnerships were running in this half year.",
    footer: "Figures dated within or before the half year only, so the report for a past half year comes out the same.",
  });
}

import type { AssuranceSummary } from "../domain/governance-rating/assurance-summary";
import { governanceLevelWords } from "../domain/governance-rating/rate-governance";
import { escapeHtml } from "./html-escape";
import { htmlReportPage } from "./html-report-page";

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : "");

/**
 * The governance-assurance summary for the Annual Governance Statement as one standalone,
 * printable page: weak and no assurance first (default framework 6.11), every level said in words.
 */
export function assuranceSummaryToHtml(summary: AssuranceSummary, council: string, asOf: string): string {
  const e = escapeHtml;
  const title = `Governance assurance for the Annual Governance Statement, ${summary.year}`;
  const counts = [`No assurance given: ${summary.counts.none}`, ...(["weak", "limited", "reasonable", "substantial"] as const).map((l) => `${governanceLevelWords[l]}: ${summary.counts[l]}`)];
  const rows = summary.rows
    .map((r) => {
      const level = r.level ? governanceLevelWords[r.level] : "No assurance given";
      const by = r.completedAt ? `${e(r.completedBy?.title ?? "")} ${e(day(r.completedAt))}` : `Owed by ${e(r.arrangement.leadOfficer?.title ?? "the lead officer")}`;
      const gaps = r.gaps.length ? `<ul>${r.gaps.map((g) => `<li>${e(g.question)} <strong>${e(g.answer)}</strong>${g.comment ? `: ${e(g.comment)}` : ""}</li>`).join("")}</ul>` : r.level ? "Nothing" : "";
      return `<tr><th scope="row">${e(r.arrangement.name)}</th><td><strong>${e(level)}</strong></td><td>${e(r.arrangement.directorate ?? "")}</td><td>${by}</td><td class="long">${gaps}</td></tr>`;
    })
    .join("\n");
  return htmlReportPage({
    title,
    council,
    asOf,
    notes: [`${summary.reviewName}${summary.window ? `, sought ${summary.window.start} to ${summary.window.end}` : ""} (${summary.cite}).`, `${counts.join("; ")}.`],
    columns: ["Arrangement", "Assurance", "Directorate", "Given by", "Where assurance fell short"],
    rows,
    empty: `No arrangement owed assurance for ${summary.year}.`,
    footer: "Arrangements that gave weak or no assurance come first, then limited, reasonable and substantial.",
  });
}

import type { SPFI } from "@pnp/sp";
import type { HalfYear } from "../../domain/performance/half-year";
import { buildPerformanceReport, type PerformanceReport } from "../../domain/performance/performance-report";
import { performanceReportToHtml } from "../../register-files/performance-report-html";
import { performanceReportNotes, performanceReportSheets } from "../../register-files/performance-report-sheets";
import { reportToXlsx } from "../../register-files/report-workbook";
import { getListDefinition } from "../lists/load-list-definitions";
import { and, eq } from "../odata";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import { auditLogFor, repositoryFor } from "../repositories";
import { arrangementFactsColumns } from "./arrangement-facts-columns";
import { xlsxMimeType } from "./risk-register-export";

const allColumns = (title: "Risks" | "Measures" | "BudgetFigures") => getListDefinition(title).fields.map((f) => f.internalName);

/** A moment (`2026-05-03T09:14:00Z`) as the UK calendar day it fell on. */
const ukDay = (moment: string): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(moment));

/**
 * Reads what the bi-annual report needs in one `$batch`: the arrangements' facts, every measure,
 * the half year's financial-year budget rows (on the indexed Title column), the open risks, and
 * the audit log's record of when each risk was added (on indexed columns). A risk added through
 * the product after the half year is left out of it; one with no "added" entry (loaded with the
 * register or typed into the list) counts as always there.
 */
export async function readPerformanceReport(sp: SPFI, half: HalfYear): Promise<PerformanceReport> {
  const { pack } = await readActivePolicy(sp);
  const [arrangements, measures, budget, risks, riskAdds] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ select: [...arrangementFactsColumns, "StartDate", "PlannedEndDate"] }),
    (b) => repositoryFor(sp, "Measures").within(b).query({ select: allColumns("Measures") }),
    (b) => repositoryFor(sp, "BudgetFigures").within(b).query({ filter: eq("Title", half.financialYear), select: allColumns("BudgetFigures") }),
    (b) => repositoryFor(sp, "Risks").within(b).query({ filter: eq("Status", "open"), select: allColumns("Risks") }),
    (b) => auditLogFor(sp).within(b).query({ filter: and(eq("ListTitle", "Risks"), eq("Action", "create")), select: ["ItemId", "At"] }),
  ] as const);
  const added = new Map(riskAdds.flatMap((e) => (e.record.itemId && e.record.at ? [[e.record.itemId, ukDay(e.record.at)] as const] : [])));
  return buildPerformanceReport(pack, half, {
    arrangements: arrangements.map((a) => ({ id: a.id, record: a.record })),
    measures: measures.map((m) => m.record),
    budget: budget.map((b) => b.record),
    risks: risks.map((r) => {
      const recordedOn = added.get(r.id);
      return { record: r.record, ...(recordedOn ? { recordedOn } : {}) };
    }),
  });
}

export type PerformanceReportFormat = "xlsx" | "html";

/** The report as a file: the printable page or the workbook (exceljs is loaded with this module only). */
export async function exportPerformanceReport(
  sp: SPFI,
  request: { half: HalfYear; council: string; asOf: string; format: PerformanceReportFormat },
): Promise<{ fileName: string; mimeType: string; content: string | Uint8Array; report: PerformanceReport }> {
  const report = await readPerformanceReport(sp, request.half);
  const fileName = `performance-report-${request.half.id}.${request.format}`;
  if (request.format === "html") return { fileName, mimeType: "text/html;charset=utf-8", content: performanceReportToHtml(report, request.council, request.asOf), report };
  const content = await reportToXlsx({
    title: `Performance of key partnerships, ${request.half.label} — ${request.council}`,
    asOf: request.asOf,
    sheets: performanceReportSheets(report),
    notes: performanceReportNotes(report),
  });
  return { fileName, mimeType: xlsxMimeType, content, report };
}

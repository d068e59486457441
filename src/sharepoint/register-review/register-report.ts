import type { SPFI } from "@pnp/sp";
import { registerAt } from "../../domain/register-history/register-at";
import { registerReviewRound } from "../../domain/register-review/round-period";
import { registerReviewTypeId } from "../../domain/register-review/round-period";
import { buildRegisterReport } from "../../register-files/register-report";
import type { RegisterTable } from "../../register-files/register-table";
import { registerToHtml } from "../../register-files/to-html";
import { auditLogFor, repositoryFor } from "../repositories";
import { and, eq, gt, or } from "../odata";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import { siteToday } from "../roles/site-today";
import { endOfSiteDay } from "./period-end-moment";
import { roundReviewColumns } from "./read-round";

const reportArrangementColumns = [
  "Title", "Kind", "Subtype", "Category", "Status", "LeadOfficer", "Directorate", "Portfolio", "CouncilContribution", "GovernanceRating", "GovernanceRatingDate", "StartDate", "Created",
];

export interface ReportRequest {
  year: number;
  council: string;
  /** Today, as the office calendar has it; the site's today when left out. */
  today?: string;
}

/**
 * The annual register report for a year: the register as it stood at the end of that year's
 * review window, rebuilt from today's register and the audit trail's later changes (so a past
 * year's report can be produced again at any time), with each entry's review confirmation.
 * Everything is read in one `$batch`; of the audit trail, only the changes since the window's end
 * and each entry's creation.
 */
export async function readRegisterReport(sp: SPFI, request: ReportRequest): Promise<RegisterTable> {
  const today = request.today ?? siteToday();
  const { pack } = await readActivePolicy(sp);
  const round = registerReviewRound(pack, request.year);
  const periodEnd = today < round.window.end ? today : round.window.end;
  const asAt = endOfSiteDay(periodEnd);
  const [register, audit, reviews, directorates, portfolios] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ select: reportArrangementColumns }),
    (b) => auditLogFor(sp).within(b).query({ filter: and(eq("ListTitle", "Partnerships"), or(gt("At", new Date(asAt)), eq("Action", "create"))), orderBy: [{ field: "At" }] }),
    (b) => repositoryFor(sp, "Reviews").within(b).query({ select: roundReviewColumns, filter: eq("ReviewTypeId", registerReviewTypeId) }),
    (b) => repositoryFor(sp, "Directorates").within(b).query({ select: ["Title"] }),
    (b) => repositoryFor(sp, "Portfolios").within(b).query({ select: ["Title"] }),
  ] as const);
  const current = register.map((row) => ({
    arrangement: { ...row.record, id: row.id },
    ...(typeof row.raw.Created === "string" ? { createdAt: row.raw.Created } : {}),
  }));
  // An entry the trail could not read is reported as a problem elsewhere; it cannot be undone here.
  const entries = audit.filter((row) => row.problems.length === 0).map((row) => ({ ...row.record, id: row.id }) as Parameters<typeof registerAt>[0]["audit"][number]);
  return buildRegisterReport({
    council: request.council,
    pack,
    round,
    register: registerAt({ current, audit: entries, asAt }),
    reviews: reviews.map((row) => row.record),
    directorates: directorates.map((row) => ({ ...row.record, id: row.id })),
    portfolios: portfolios.map((row) => ({ ...row.record, id: row.id })),
    today,
  });
}

export const reportFileName = (year: number, format: "xlsx" | "html"): string => `register-report-${year}.${format}`;

/** The report as a workbook (exceljs loaded only when asked for) or a standalone printable page. */
export async function registerReportFile(table: RegisterTable, format: "xlsx" | "html"): Promise<string | Uint8Array> {
  if (format === "html") return registerToHtml(table);
  return (await import("../../register-files/to-xlsx")).registerToXlsx(table);
}

import type { SPFI } from "@pnp/sp";
import type { Arrangement } from "../../domain/records/arrangement";
import { forCorporateRiskRegister } from "../../domain/performance/monitoring-scope";
import { reportToXlsx } from "../../register-files/report-workbook";
import { riskRegisterSheet, type RiskRegisterRow } from "../../register-files/risk-register-table";
import { eq } from "../odata";
import type { ListRow } from "../read-row";
import { readActivePolicy } from "../read-active-policy";
import { repositoryFor } from "../repositories";
import { arrangementFactsColumns } from "./arrangement-facts-columns";
import { categoryLabel } from "./category-label";

export const xlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface RiskRegisterRequest {
  /** One arrangement's register, or every arrangement's when left out. */
  arrangementId?: number;
  council: string;
  /** Today, `2026-11-24`: reviews before it are overdue. */
  asOf: string;
}

/** The risks to export with their arrangements and the pack's corporate-register rule applied. */
export async function readRiskRegister(sp: SPFI, request: RiskRegisterRequest): Promise<{ rows: RiskRegisterRow[]; packName: string; cite?: string }> {
  const { pack } = await readActivePolicy(sp);
  const risks = repositoryFor(sp, "Risks").query(request.arrangementId ? { filter: eq("ArrangementId", request.arrangementId), orderBy: [{ field: "Id" }] } : { orderBy: [{ field: "Id" }] });
  const partnerships = repositoryFor(sp, "Partnerships");
  const arrangements: Promise<ListRow<Arrangement>[]> = request.arrangementId
    ? partnerships.getById(request.arrangementId, arrangementFactsColumns).then((row) => [row])
    : partnerships.query({ select: arrangementFactsColumns });
  const [riskRows, arrangementRows] = await Promise.all([risks, arrangements]);
  const byId = new Map(arrangementRows.map((a) => [a.id, a.record]));
  const rows = riskRows.flatMap((r): RiskRegisterRow[] => {
    const arrangementId = r.record.arrangementId;
    const arrangement = arrangementId ? byId.get(arrangementId) : undefined;
    if (!arrangementId || !arrangement) return [];
    return [{ arrangementId, arrangementName: arrangement.name ?? `Arrangement ${arrangementId}`, category: categoryLabel(pack, arrangement), risk: r.record, packMarksCorporate: forCorporateRiskRegister(pack, arrangement) }];
  });
  return { rows, packName: pack.name, ...(pack.monitoring?.corporateRiskRegister ? { cite: pack.monitoring.corporateRiskRegister.cite } : {}) };
}

/** The risk register as an .xlsx file (exceljs is loaded with this module, never with the register). */
export async function exportRiskRegister(sp: SPFI, request: RiskRegisterRequest): Promise<{ fileName: string; mimeType: string; content: Uint8Array; rows: number }> {
  const { rows, packName, cite } = await readRiskRegister(sp, request);
  const which = request.arrangementId ? (rows[0]?.arrangementName ?? `arrangement ${request.arrangementId}`) : "all arrangements";
  const content = await reportToXlsx({
    title: `Risk register, ${which} — ${request.council}`,
    asOf: request.asOf,
    sheets: [riskRegisterSheet(rows, request.asOf)],
    notes: [
      `${rows.length} risks. Likelihood and impact are scored 1 (lowest) to 5 (highest); the score is likelihood × impact.`,
      `A risk is "Review overdue" when it is open and its review date is before ${request.asOf}.`,
      cite
        ? `"For the corporate risk register" is Yes for an open risk the officer marked, or whose arrangement the ${packName} policy marks (${cite}).`
        : `"For the corporate risk register" is Yes for an open risk the officer marked; the ${packName} policy marks no arrangement by rule.`,
    ],
  });
  const fileName = `risk-register-${request.arrangementId ? `arrangement-${request.arrangementId}` : "all"}-${request.asOf}.xlsx`;
  return { fileName, mimeType: xlsxMimeType, content, rows: rows.length };
}

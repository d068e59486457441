import { isRiskReviewOverdue, riskScore, type Risk } from "../domain/records/risk";
import type { ReportSheet } from "./report-workbook";

/** One risk with the arrangement it belongs to, as the export needs it. */
export interface RiskRegisterRow {
  arrangementId: number;
  arrangementName: string;
  /** The pack's name for the arrangement's category, or its kind when the pack has none. */
  category: string;
  risk: Partial<Risk>;
  /** The pack marks the arrangement's risks for the corporate risk register (joint-working code 9(vi)). */
  packMarksCorporate: boolean;
  ownerName?: string;
}

const yes = (value: boolean) => (value ? "Yes" : "No");

/**
 * The risk register as one sheet: every risk with its score, owner, mitigation and review date,
 * "Review overdue" where the date has passed, and whether it belongs on the corporate risk
 * register — because the officer marked it, or because the pack marks its arrangement's category.
 * Highest score first within each arrangement, open before closed.
 */
export function riskRegisterSheet(rows: readonly RiskRegisterRow[], asOf: string): ReportSheet {
  const sorted = [...rows].sort(
    (a, b) =>
      a.arrangementName.localeCompare(b.arrangementName) ||
      a.arrangementId - b.arrangementId ||
      Number(a.risk.status === "closed") - Number(b.risk.status === "closed") ||
      score(b.risk) - score(a.risk),
  );
  return {
    name: "Risk register",
    columns: [
      { id: "arrangement", header: "Arrangement", type: "text", width: 36 },
      { id: "category", header: "Category", type: "text", width: 16 },
      { id: "risk", header: "Risk", type: "text", width: 40 },
      { id: "likelihood", header: "Likelihood (1–5)", type: "text", width: 10 },
      { id: "impact", header: "Impact (1–5)", type: "text", width: 10 },
      { id: "score", header: "Score (L × I)", type: "text", width: 10 },
      { id: "owner", header: "Owner", type: "text", width: 22 },
      { id: "mitigation", header: "Mitigation", type: "text", width: 50 },
      { id: "reviewDate", header: "Review date", type: "date", width: 16 },
      { id: "reviewState", header: "Review", type: "text", width: 16 },
      { id: "status", header: "Status", type: "text", width: 10 },
      { id: "corporate", header: "For the corporate risk register", type: "text", width: 16 },
    ],
    rows: sorted.map(({ arrangementName, category, risk, packMarksCorporate, ownerName }) => {
      const overdue = risk.status !== undefined && isRiskReviewOverdue({ status: risk.status, reviewDate: risk.reviewDate }, asOf);
      return [
        arrangementName,
        category,
        risk.title ?? "Untitled risk",
        risk.likelihood,
        risk.impact,
        score(risk) || undefined,
        ownerName ?? risk.owner?.title,
        risk.mitigation,
        risk.reviewDate,
        overdue ? "Review overdue" : risk.reviewDate ? "In date" : "No review date",
        risk.status === "closed" ? "Closed" : "Open",
        yes(risk.status !== "closed" && (packMarksCorporate || risk.onCorporateRegister === true)),
      ];
    }),
  };
}

const score = (risk: Partial<Risk>) => (risk.likelihood && risk.impact ? riskScore({ likelihood: risk.likelihood, impact: risk.impact }) : 0);

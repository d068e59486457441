import { isRiskReviewOverdue, riskScore, type Risk } from "../../../domain/records/risk";

/** Rating bands of likelihood × impact (1–25), the usual council 5×5 matrix. */
export type RiskBand = "low" | "medium" | "high" | "very-high";

export const bandLabels: Record<RiskBand, string> = { low: "Low", medium: "Medium", high: "High", "very-high": "Very high" };

export function riskBand(score: number): RiskBand {
  if (score >= 15) return "very-high";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  band: RiskBand;
  /** Titles of the open risks scored here. */
  risks: string[];
}

type ScoredRisk = Pick<Risk, "title" | "likelihood" | "impact" | "status">;

/**
 * The 5×5 heat map as rows of cells, highest impact first (the way the matrix is printed), each
 * with the open risks that fall in it. Closed risks are history, not exposure, so they are left out.
 */
export function heatMapRows(risks: readonly Partial<ScoredRisk>[]): HeatMapCell[][] {
  const open = risks.filter((r): r is ScoredRisk => r.status === "open" && typeof r.likelihood === "number" && typeof r.impact === "number");
  return [5, 4, 3, 2, 1].map((impact) =>
    [1, 2, 3, 4, 5].map((likelihood) => ({
      likelihood,
      impact,
      band: riskBand(likelihood * impact),
      risks: open.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.title ?? "Untitled risk"),
    })),
  );
}

/** The heat map said in words, for people who cannot see the grid. */
export function heatMapSummary(risks: readonly Partial<ScoredRisk>[]): string {
  const open = risks.filter((r): r is ScoredRisk => r.status === "open" && typeof r.likelihood === "number" && typeof r.impact === "number");
  if (open.length === 0) return "There are no open risks on this arrangement's register.";
  const counts = (["very-high", "high", "medium", "low"] as const)
    .map((band) => [band, open.filter((r) => riskBand(riskScore(r)) === band).length] as const)
    .filter(([, n]) => n > 0)
    .map(([band, n]) => `${n} ${bandLabels[band].toLowerCase()}`);
  const worst = [...open].sort((a, b) => riskScore(b) - riskScore(a))[0]!;
  const list = counts.length > 1 ? `${counts.slice(0, -1).join(", ")} and ${counts[counts.length - 1]}` : counts[0];
  return `The risk register has ${open.length} open ${open.length === 1 ? "risk" : "risks"}: ${list}. The highest is "${worst.title}" (likelihood ${worst.likelihood}, impact ${worst.impact}, score ${riskScore(worst)}).`;
}

export const riskReviewOverdue = (risk: Partial<Pick<Risk, "status" | "reviewDate">>, today: string): boolean =>
  risk.status !== undefined && isRiskReviewOverdue({ status: risk.status, reviewDate: risk.reviewDate }, today);

import type { Variance } from "../../../domain/performance/budget-variance";
import { pounds } from "./format";

/** "£1,000 over budget (10%)", "£750 under budget (7.5%)", "On budget" — never a bare signed number. */
export function varianceWords(variance: Variance | undefined): string {
  if (!variance) return "Not yet reported";
  if (variance.flag === "on-budget") return "On budget";
  const percent = variance.percent === undefined ? "" : ` (${Math.abs(variance.percent).toLocaleString("en-GB")}%)`;
  return `${pounds(Math.abs(variance.amount))} ${variance.flag === "overspend" ? "over" : "under"} budget${percent}`;
}

import { quarters, variance, type BudgetFigure } from "../../../domain/records/budget-figure";
import { pounds } from "./format";

export interface BudgetLine {
  label: string;
  budget?: number;
  actual?: number;
  variance?: number;
  note?: string;
}

export interface BudgetYear {
  financialYear: string;
  quarters: BudgetLine[];
  total: BudgetLine;
}

const sum = (values: (number | undefined)[]): number | undefined =>
  values.some((v) => v !== undefined) ? values.reduce<number>((total, v) => total + (v ?? 0), 0) : undefined;

/**
 * Budget against actual by financial year and quarter (default framework 4.8e: at least quarterly), newest
 * year first. The year's variance counts only quarters with both figures, so a quarter not yet
 * reported does not look like an underspend.
 */
export function budgetYears(figures: readonly Partial<BudgetFigure>[]): BudgetYear[] {
  const years = [...new Set(figures.map((f) => f.financialYear).filter((y): y is string => !!y))].sort().reverse();
  return years.map((financialYear) => {
    const lines = quarters.flatMap((quarter) =>
      figures
        .filter((f) => f.financialYear === financialYear && f.quarter === quarter)
        .map((f) => ({ label: quarter, budget: f.budget, actual: f.actual, variance: variance(f), ...(f.note ? { note: f.note } : {}) })),
    );
    const reported = lines.filter((l) => l.variance !== undefined);
    return {
      financialYear,
      quarters: lines,
      total: { label: `${financialYear} total`, budget: sum(lines.map((l) => l.budget)), actual: sum(lines.map((l) => l.actual)), variance: sum(reported.map((l) => l.variance)) },
    };
  });
}

/** "£2,500 over budget", "£300 under budget", "On budget" — never a bare signed number. */
export function varianceText(value: number | undefined): string {
  if (value === undefined) return "Not yet reported";
  if (value === 0) return "On budget";
  return `${pounds(Math.abs(value))} ${value > 0 ? "over" : "under"} budget`;
}

import type { BudgetFigure } from "../records/budget-figure";
import { budgetVariance, type Variance } from "./budget-variance";
import { financialQuarters, financialYearStart, quarterDates, type FinancialQuarter } from "./financial-year";

export interface QuarterLine {
  quarter: FinancialQuarter;
  /** The last day of the quarter: a figure counts in a report only once its quarter has ended. */
  end: string;
  budget?: number;
  actual?: number;
  variance?: Variance;
  note?: string;
}

export interface YearMonitoring {
  financialYear: string;
  quarters: QuarterLine[];
  /** Budget and actual of the quarters with both figures, so the year's variance is not flattered by quarters to come. */
  reported: { budget: number; actual: number; variance?: Variance; quarters: number };
  /** The whole year's budget, every quarter. */
  yearBudget?: number;
}

type Figure = Pick<Partial<BudgetFigure>, "financialYear" | "quarter" | "budget" | "actual" | "note">;

/**
 * One financial year's quarterly budget monitoring (default framework 4.8e). With `asOf`, quarters that
 * had not ended by then are left out, so a report for a past period shows the figures as they
 * stood then. Two rows for the same quarter (a typing slip in the list) are added together.
 */
export function yearMonitoring(figures: readonly Figure[], financialYear: string, asOf?: string): YearMonitoring | undefined {
  const startYear = financialYearStart(financialYear);
  if (startYear === undefined) return undefined;
  const quarters: QuarterLine[] = [];
  for (const quarter of financialQuarters) {
    const { end } = quarterDates(startYear, quarter);
    if (asOf !== undefined && end > asOf) continue;
    const rows = figures.filter((f) => f.financialYear === financialYear && f.quarter === quarter);
    if (rows.length === 0) continue;
    const total = (pick: (f: Figure) => number | undefined) =>
      rows.some((r) => pick(r) !== undefined) ? rows.reduce((sum, r) => sum + (pick(r) ?? 0), 0) : undefined;
    const budget = total((r) => r.budget);
    const actual = total((r) => r.actual);
    const variance = budgetVariance(budget, actual);
    const note = rows.map((r) => r.note).filter(Boolean).join(" ");
    quarters.push({ quarter, end, ...(budget !== undefined ? { budget } : {}), ...(actual !== undefined ? { actual } : {}), ...(variance ? { variance } : {}), ...(note ? { note } : {}) });
  }
  if (quarters.length === 0) return undefined;
  const both = quarters.filter((q) => q.variance);
  const budget = both.reduce((sum, q) => sum + (q.budget ?? 0), 0);
  const actual = both.reduce((sum, q) => sum + (q.actual ?? 0), 0);
  const yearBudget = quarters.some((q) => q.budget !== undefined) ? quarters.reduce((sum, q) => sum + (q.budget ?? 0), 0) : undefined;
  const variance = both.length ? budgetVariance(budget, actual) : undefined;
  return { financialYear, quarters, reported: { budget, actual, ...(variance ? { variance } : {}), quarters: both.length }, ...(yearBudget !== undefined ? { yearBudget } : {}) };
}

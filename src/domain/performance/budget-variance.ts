export type SpendFlag = "overspend" | "underspend" | "on-budget";

export interface Variance {
  /** Actual minus budget, in pounds: positive is an overspend. */
  amount: number;
  /** The amount as a percentage of the budget; undefined when nothing was budgeted. */
  percent?: number;
  flag: SpendFlag;
}

/**
 * Budget against actual for a quarter or a year (default framework 4.8e; joint-working code 12(iv) asks for a way
 * to deal with over- and underspends): the variance in pounds and per cent and whether it is an
 * over- or underspend. Undefined until both figures are known, so a quarter not yet reported is
 * never mistaken for an underspend. Pennies are rounded away so £0.004 is on budget.
 */
export function budgetVariance(budget: number | undefined, actual: number | undefined): Variance | undefined {
  if (budget === undefined || actual === undefined) return undefined;
  const amount = Math.round((actual - budget) * 100) / 100;
  const flag: SpendFlag = amount > 0 ? "overspend" : amount < 0 ? "underspend" : "on-budget";
  if (budget === 0) return { amount, flag };
  return { amount, percent: Math.round((amount / budget) * 1000) / 10, flag };
}

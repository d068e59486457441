import { z } from "zod";
import { itemId, listItemMeta, pounds } from "./common";

export const quarters = ["Q1", "Q2", "Q3", "Q4"] as const;

/** A UK local-government financial year, April to March, written "2025/26". */
export const financialYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, "write a financial year like 2025/26")
  .refine((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)), "the second year must follow the first, like 2025/26");

/** Budget against actual for one quarter: monitoring is at least quarterly (default framework 4.8e). */
export const budgetFigureSchema = z.object({
  ...listItemMeta,
  financialYear: financialYearSchema,
  arrangementId: itemId,
  quarter: z.enum(quarters),
  budget: pounds.optional(),
  actual: pounds.optional(),
  note: z.string().optional(),
});

export type BudgetFigure = z.infer<typeof budgetFigureSchema>;

/** Actual minus budget: positive is an overspend. Undefined until both are known. */
export const variance = (figure: Pick<BudgetFigure, "budget" | "actual">): number | undefined =>
  figure.budget === undefined || figure.actual === undefined ? undefined : figure.actual - figure.budget;

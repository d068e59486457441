import { describe, expect, it } from "vitest";
import { budgetFigureSchema, financialYearSchema, variance } from "../../../../src/domain/records/budget-figure";

describe("a quarterly budget figure", () => {
  it("belongs to a financial year written like 2025/26", () => {
    expect(financialYearSchema.safeParse("2025/26").success).toBe(true);
    expect(financialYearSchema.safeParse("1999/00").success).toBe(true);
    for (const year of ["2025/27", "2025-26", "2025", "25/26"]) expect(financialYearSchema.safeParse(year).success).toBe(false);
  });

  it("never records a negative budget or actual", () => {
    const figure = { financialYear: "2025/26", arrangementId: 12, quarter: "Q1" as const, budget: 10000 };
    expect(budgetFigureSchema.safeParse(figure).success).toBe(true);
    expect(budgetFigureSchema.safeParse({ ...figure, actual: -1 }).success).toBe(false);
  });

  it("shows an overspend as a positive variance, and none until both figures are in", () => {
    expect(variance({ budget: 10000, actual: 12500 })).toBe(2500);
    expect(variance({ budget: 10000, actual: 9000 })).toBe(-1000);
    expect(variance({ budget: 10000 })).toBeUndefined();
  });
});

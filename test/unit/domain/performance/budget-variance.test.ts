import { describe, expect, it } from "vitest";
import { budgetVariance } from "../../../../src/domain/performance/budget-variance";
import { yearMonitoring } from "../../../../src/domain/performance/budget-monitoring";

describe("budget variance", () => {
  it("spending £11,000 against a £10,000 budget is a £1,000 (10%) overspend", () => {
    expect(budgetVariance(10_000, 11_000)).toEqual({ amount: 1000, percent: 10, flag: "overspend" });
  });

  it("spending £9,250 against £10,000 is a £750 (7.5%) underspend", () => {
    expect(budgetVariance(10_000, 9_250)).toEqual({ amount: -750, percent: -7.5, flag: "underspend" });
  });

  it("an actual equal to the budget is on budget", () => {
    expect(budgetVariance(12_500, 12_500)).toEqual({ amount: 0, percent: 0, flag: "on-budget" });
  });

  it("a quarter without its actual has no variance yet: not reported is not an underspend", () => {
    expect(budgetVariance(10_000, undefined)).toBeUndefined();
  });

  it("spending against a nil budget is an overspend with no percentage", () => {
    expect(budgetVariance(0, 400)).toEqual({ amount: 400, flag: "overspend" });
  });
});

describe("a financial year's quarterly monitoring", () => {
  const figures = [
    { financialYear: "2025/26", quarter: "Q4" as const, budget: 5000, actual: 5600 },
    { financialYear: "2026/27", quarter: "Q1" as const, budget: 5000, actual: 4800 },
    { financialYear: "2026/27", quarter: "Q2" as const, budget: 5000, actual: 5500 },
    { financialYear: "2026/27", quarter: "Q3" as const, budget: 5000 },
  ];

  it("adds up only the quarters with both figures, so quarters to come do not flatter the year", () => {
    const year = yearMonitoring(figures, "2026/27")!;
    expect(year.reported).toEqual({ budget: 10_000, actual: 10_300, quarters: 2, variance: { amount: 300, percent: 3, flag: "overspend" } });
    expect(year.yearBudget).toBe(15_000);
  });

  it("a report dated 30 June uses only quarter 1; the last quarter of the old year stays in the old year", () => {
    const year = yearMonitoring(figures, "2026/27", "2026-06-30")!;
    expect(year.quarters.map((q) => q.quarter)).toEqual(["Q1"]);
    expect(year.reported.variance).toEqual({ amount: -200, percent: -4, flag: "underspend" });
    expect(yearMonitoring(figures, "2025/26", "2026-03-31")!.quarters).toMatchObject([{ quarter: "Q4", end: "2026-03-31", variance: { flag: "overspend" } }]);
    expect(yearMonitoring(figures, "2025/26", "2026-03-30")).toBeUndefined();
  });
});

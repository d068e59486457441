import { describe, expect, it } from "vitest";
import { budgetYears, varianceText } from "../../../../src/tab/record/view/budget-view";
import { targetStatus } from "../../../../src/tab/record/view/measure-view";

describe("budget against actual", () => {
  const figures = [
    { financialYear: "2025/26", quarter: "Q2" as const, budget: 10_000, actual: 9_700 },
    { financialYear: "2025/26", quarter: "Q1" as const, budget: 10_000, actual: 12_500 },
    { financialYear: "2025/26", quarter: "Q3" as const, budget: 10_000 },
    { financialYear: "2024/25", quarter: "Q4" as const, budget: 8_000, actual: 8_000 },
  ];

  it("groups quarters in order under each financial year, newest year first", () => {
    const years = budgetYears(figures);
    expect(years.map((y) => y.financialYear)).toEqual(["2025/26", "2024/25"]);
    expect(years[0]!.quarters.map((q) => [q.label, q.variance])).toEqual([["Q1", 2_500], ["Q2", -300], ["Q3", undefined]]);
  });

  it("totals the year, counting variance only for quarters reported in full", () => {
    expect(budgetYears(figures)[0]!.total).toMatchObject({ budget: 30_000, actual: 22_200, variance: 2_200 });
  });

  it("says a variance in words, never as a bare signed number", () => {
    expect(varianceText(2_500)).toBe("£2,500 over budget");
    expect(varianceText(-300)).toBe("£300 under budget");
    expect(varianceText(0)).toBe("On budget");
    expect(varianceText(undefined)).toBe("Not yet reported");
  });
});

describe("a measure against its target", () => {
  it("judges the latest reported value, respecting measures where lower is better", () => {
    expect(targetStatus({ target: 55, actuals: [{ period: "Q1", value: 58 }, { period: "Q2", value: 51 }] })).toBe("off-target");
    expect(targetStatus({ target: 10, higherIsBetter: false, actuals: [{ period: "Q1", value: 7 }] })).toBe("on-target");
    expect(targetStatus({ target: 10 })).toBe("no-actual");
    expect(targetStatus({ actuals: [{ period: "Q1", value: 7 }] })).toBe("no-target");
  });
});

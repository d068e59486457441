import { describe, expect, it } from "vitest";
import { actualsUpTo, measureStatus } from "../../../../src/domain/performance/measure-status";

const measure = {
  target: 90,
  higherIsBetter: true,
  actuals: [
    { period: "2025/26 Q4", value: 91 },
    { period: "2026/27 Q1", value: 86 },
    { period: "2026/27 Q2", value: 70 },
  ],
};

describe("a measure's status", () => {
  it("is the latest actual's rating against the target", () => {
    expect(measureStatus(measure, 10)).toMatchObject({ state: "rated", rating: "red", latest: { period: "2026/27 Q2" } });
  });

  it("for a past period uses only actuals whose period had ended by then", () => {
    expect(measureStatus(measure, 10, "2026-06-30")).toMatchObject({ state: "rated", rating: "amber", latest: { period: "2026/27 Q1" } });
    expect(measureStatus(measure, 10, "2026-03-31")).toMatchObject({ rating: "green", latest: { value: 91 } });
    expect(measureStatus(measure, 10, "2025-12-31")).toEqual({ state: "not-reported" });
  });

  it("orders actuals by their period, whatever order they were typed in", () => {
    const typed = [{ period: "Mar 2026", value: 3 }, { period: "Jan 2026", value: 1 }, { period: "Feb 2026", value: 2 }];
    expect(actualsUpTo(typed).map((a) => a.value)).toEqual([1, 2, 3]);
    expect(actualsUpTo(typed, "2026-02-28").map((a) => a.value)).toEqual([1, 2]);
  });

  it("a figure whose period cannot be dated is never used for a past period", () => {
    const typed = [{ period: "Jan 2026", value: 1 }, { period: "last winter", value: 9 }];
    expect(actualsUpTo(typed).map((a) => a.value)).toEqual([1, 9]);
    expect(actualsUpTo(typed, "2026-12-31").map((a) => a.value)).toEqual([1]);
  });

  it("a measure without a target says so rather than guessing a colour", () => {
    expect(measureStatus({ actuals: [{ period: "2026/27 Q1", value: 5 }] }, 10)).toMatchObject({ state: "no-target" });
  });
});

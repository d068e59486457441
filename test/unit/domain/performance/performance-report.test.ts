import { describe, expect, it } from "vitest";
import { parseHalfYear } from "../../../../src/domain/performance/half-year";
import { buildPerformanceReport, type ReportSource } from "../../../../src/domain/performance/performance-report";
import { pack } from "../../../support/explain-with";

const h1 = parseHalfYear("2026H1")!;
const source: ReportSource = {
  arrangements: [
    { id: 1, record: { name: "County Waste Partnership", kind: "partnership", category: "significant", status: "active", startDate: "2017-09-01" } },
    { id: 2, record: { name: "Local Nature Partnership", kind: "partnership", category: "other", status: "active" } },
    { id: 3, record: { name: "Shared Internal Audit", kind: "shared-service", subtype: "full", status: "active" } },
    { id: 4, record: { name: "Building Control", kind: "shared-service", subtype: "full", status: "awaiting-approval" } },
    { id: 5, record: { name: "Print Shared Service", kind: "shared-service", subtype: "full", status: "ended", plannedEndDate: "2024-03-31" } },
    { id: 6, record: { name: "Leisure Trust", kind: "partnership", category: "significant", status: "active", startDate: "2026-11-01" } },
  ],
  measures: [
    { arrangementId: 1, name: "Recycling rate", unit: "%", target: 55, higherIsBetter: true, actuals: [{ period: "2026/27 Q1", value: 54 }, { period: "2026/27 Q2", value: 40 }, { period: "2026/27 Q3", value: 60 }] },
    { arrangementId: 3, name: "Audit days delivered", target: 100, actuals: [{ period: "2026/27 H1", value: 101 }] },
  ],
  budget: [
    { arrangementId: 1, financialYear: "2026/27", quarter: "Q1", budget: 10_000, actual: 10_500 },
    { arrangementId: 1, financialYear: "2026/27", quarter: "Q2", budget: 10_000, actual: 10_500 },
    { arrangementId: 1, financialYear: "2026/27", quarter: "Q3", budget: 10_000, actual: 99_999 },
    { arrangementId: 1, financialYear: "2025/26", quarter: "Q4", budget: 10_000, actual: 20_000 },
  ],
  risks: [
    { record: { arrangementId: 1, title: "Low", likelihood: 1, impact: 2, status: "open" } },
    { record: { arrangementId: 1, title: "Highest", likelihood: 5, impact: 4, status: "open" } },
    { record: { arrangementId: 1, title: "Closed", likelihood: 5, impact: 5, status: "closed" } },
    { record: { arrangementId: 1, title: "Added after the half year", likelihood: 5, impact: 5, status: "open" }, recordedOn: "2026-11-24" },
    { record: { arrangementId: 1, title: "Middle", likelihood: 3, impact: 3, status: "open" }, recordedOn: "2026-05-01" },
    { record: { arrangementId: 1, title: "Lower", likelihood: 2, impact: 3, status: "open" } },
  ],
};

describe("the bi-annual performance report of key partnerships", () => {
  const report = buildPerformanceReport(pack("gravesham"), h1, source);

  it("holds the partnerships the pack marks as key that were running in the half year", () => {
    expect(report.partnerships.map((p) => p.name)).toEqual(["County Waste Partnership", "Shared Internal Audit"]);
  });

  it("rates each measure on its latest actual for a period that had ended by 30 September", () => {
    const waste = report.partnerships[0]!;
    expect(waste.measures).toEqual([{ name: "Recycling rate", unit: "%", target: 55, higherIsBetter: true, latest: { period: "2026/27 Q2", value: 40 }, rating: "red" }]);
    expect(waste.rag).toEqual({ green: 0, amber: 0, red: 1, unrated: 0 });
    expect(report.partnerships[1]!.measures[0]).toMatchObject({ rating: "green", latest: { period: "2026/27 H1" } });
  });

  it("adds up the half year's own quarters only: not the third quarter, not last year's fourth", () => {
    expect(report.partnerships[0]!.budget).toEqual({ budget: 20_000, actual: 21_000, quartersReported: 2, variance: { amount: 1000, percent: 5, flag: "overspend" } });
  });

  it("lists the three highest open risks recorded by the end of the half year", () => {
    expect(report.partnerships[0]!.topRisks.map((r) => r.title)).toEqual(["Highest", "Middle", "Lower"]);
  });

  it("reproduces a past half year from figures dated within it", () => {
    const earlier = buildPerformanceReport(pack("gravesham"), parseHalfYear("2025H2")!, source);
    const waste = earlier.partnerships.find((p) => p.name === "County Waste Partnership")!;
    expect(waste.measures[0]!.latest).toBeUndefined();
    expect(waste.budget.variance).toEqual({ amount: 10_000, percent: 100, flag: "overspend" });
    expect(waste.topRisks.map((r) => r.title)).toEqual(["Highest", "Lower", "Low"]);
  });

  it("under dartford, only major partnerships are key", () => {
    const dartford = buildPerformanceReport(pack("dartford"), h1, {
      ...source,
      arrangements: [
        { id: 1, record: { name: "Major one", kind: "partnership", category: "major", status: "active" } },
        { id: 2, record: { name: "Minor one", kind: "partnership", category: "minor", status: "active" } },
      ],
    });
    expect(dartford.partnerships.map((p) => p.name)).toEqual(["Major one"]);
  });
});

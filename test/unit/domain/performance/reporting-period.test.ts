import { describe, expect, it } from "vitest";
import { parseReportingPeriod } from "../../../../src/domain/performance/reporting-period";
import { financialQuarterOf } from "../../../../src/domain/performance/financial-year";
import { lastEndedHalfYear, parseHalfYear } from "../../../../src/domain/performance/half-year";

describe("reporting periods", () => {
  it("quarter 1 of 2026/27 is April to June 2026; quarter 4 ends on 31 March 2027", () => {
    expect(parseReportingPeriod("2026/27 Q1")).toEqual({ label: "2026/27 Q1", start: "2026-04-01", end: "2026-06-30" });
    expect(parseReportingPeriod("2026/27 q4")).toMatchObject({ start: "2027-01-01", end: "2027-03-31" });
  });

  it("reads half years, whole financial years and months, February's end included", () => {
    expect(parseReportingPeriod("2026/27 H2")).toMatchObject({ start: "2026-10-01", end: "2027-03-31" });
    expect(parseReportingPeriod("2025/26")).toMatchObject({ start: "2025-04-01", end: "2026-03-31" });
    expect(parseReportingPeriod("Feb 2028")).toMatchObject({ start: "2028-02-01", end: "2028-02-29" });
    expect(parseReportingPeriod("Dec 2026")).toMatchObject({ start: "2026-12-01", end: "2026-12-31" });
  });

  it("refuses what it cannot date rather than guessing", () => {
    expect(parseReportingPeriod("2026/28 Q1")).toBeUndefined();
    expect(parseReportingPeriod("Q1")).toBeUndefined();
    expect(parseReportingPeriod("Sept 2026")).toBeUndefined();
    expect(parseReportingPeriod("2026/27 Q5")).toBeUndefined();
  });

  it("31 March is still the old financial year's fourth quarter; 1 April starts the new year", () => {
    expect(financialQuarterOf("2027-03-31")).toEqual({ startYear: 2026, quarter: "Q4" });
    expect(financialQuarterOf("2027-04-01")).toEqual({ startYear: 2027, quarter: "Q1" });
    expect(financialQuarterOf("2026-12-31")).toEqual({ startYear: 2026, quarter: "Q3" });
  });

  it("2026H1 is April to September 2026 and 2026H2 runs over the new year to March 2027", () => {
    expect(parseHalfYear("2026H1")).toMatchObject({ start: "2026-04-01", end: "2026-09-30", quarters: ["Q1", "Q2"], financialYear: "2026/27" });
    expect(parseHalfYear("2026h2")).toMatchObject({ start: "2026-10-01", end: "2027-03-31", quarters: ["Q3", "Q4"] });
    expect(parseHalfYear("2026H3")).toBeUndefined();
  });

  it("the last half year to have ended", () => {
    expect(lastEndedHalfYear("2026-11-24").id).toBe("2026H1");
    expect(lastEndedHalfYear("2027-02-01").id).toBe("2026H1");
    expect(lastEndedHalfYear("2027-04-01").id).toBe("2026H2");
    expect(lastEndedHalfYear("2026-09-30").id).toBe("2025H2");
  });
});

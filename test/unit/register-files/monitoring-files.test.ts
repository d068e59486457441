import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseHalfYear } from "../../../src/domain/performance/half-year";
import type { PerformanceReport } from "../../../src/domain/performance/performance-report";
import { performanceReportToHtml } from "../../../src/register-files/performance-report-html";
import { performanceReportSheets } from "../../../src/register-files/performance-report-sheets";
import { reportToXlsx } from "../../../src/register-files/report-workbook";
import { riskRegisterSheet } from "../../../src/register-files/risk-register-table";

const risk = (title: string, over: object = {}) => ({ arrangementId: 1, arrangementName: "Waste", category: "Significant", packMarksCorporate: false, risk: { title, likelihood: 3, impact: 3, status: "open" as const, onCorporateRegister: false, ...over } });

describe("the risk register export", () => {
  it("flags an open risk past its review date, and closed risks are never overdue", () => {
    const sheet = riskRegisterSheet([risk("Late", { reviewDate: "2026-11-01" }), risk("Closed late", { reviewDate: "2026-11-01", status: "closed" }), risk("In date", { reviewDate: "2027-01-01" })], "2026-11-24");
    const review = sheet.columns.findIndex((c) => c.id === "reviewState");
    expect(sheet.rows.map((r) => [r[2], r[review]])).toEqual([["Late", "Review overdue"], ["In date", "In date"], ["Closed late", "In date"]]);
  });

  it("marks risks for the corporate risk register when the officer did, or the pack marks the arrangement", () => {
    const sheet = riskRegisterSheet([risk("By pack", { }), risk("By officer", { onCorporateRegister: true })].map((r, i) => ({ ...r, packMarksCorporate: i === 0, arrangementId: i + 1, arrangementName: `A${i}` })), "2026-11-24");
    expect(sheet.rows.map((r) => r.at(-1))).toEqual(["Yes", "Yes"]);
    expect(riskRegisterSheet([risk("Neither")], "2026-11-24").rows[0]!.at(-1)).toBe("No");
  });

  it("writes a workbook whose text cannot become a formula", async () => {
    const content = await reportToXlsx({ title: "Risk register", asOf: "2026-11-24", sheets: [riskRegisterSheet([risk("=HYPERLINK(\"x\")")], "2026-11-24")], notes: ["note"] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as unknown as ArrayBuffer);
    const cell = book.getWorksheet("Risk register")!.getRow(2).getCell(3);
    expect(cell.value).toBe('=HYPERLINK("x")');
    expect(cell.formula).toBeUndefined();
    expect(book.getWorksheet("About")!.getRow(1).getCell(1).value).toBe("Risk register");
  });
});

describe("the performance report files", () => {
  const report: PerformanceReport = {
    half: parseHalfYear("2026H1")!,
    tolerancePercent: 10,
    keyRule: "framework 1.11b",
    partnerships: [
      {
        id: 1,
        name: "Waste <Partnership>",
        category: "Significant",
        measures: [{ name: "Recycling", unit: "%", target: 55, higherIsBetter: true, latest: { period: "2026/27 Q2", value: 52.25 }, rating: "amber" }],
        rag: { green: 0, amber: 1, red: 0, unrated: 0 },
        budget: { budget: 20_000, actual: 21_000, quartersReported: 2, variance: { amount: 1000, percent: 5, flag: "overspend" } },
        topRisks: [{ title: "Landfill tax", likelihood: 4, impact: 4, score: 16 }],
      },
    ],
  };

  it("says each rating and the variance in words on the printable page, escaping what was typed", () => {
    const html = performanceReportToHtml(report, "Northbrook Borough Council", "2026-11-24");
    expect(html).toContain("Waste &lt;Partnership&gt;");
    expect(html).toMatch(/Recycling: <strong>Amber<\/strong> — 52\.25% for 2026\/27 Q2 \(target 55%\)/);
    expect(html).toContain("£1,000 over budget (5%)");
    expect(html).not.toContain("<script");
  });

  it("puts one summary row per key partnership, every measure and the top risks in the workbook's sheets", () => {
    const [summary, measures, risks] = performanceReportSheets(report);
    expect(summary!.rows).toEqual([["Waste <Partnership>", "Significant", 0, 1, 0, 0, 20_000, 21_000, 1000, 5, "Overspend", 2, "Landfill tax (score 16)"]]);
    expect(measures!.rows[0]).toEqual(["Waste <Partnership>", "Recycling", 55, "Higher", "2026/27 Q2", 52.25, "%", "Amber"]);
    expect(risks!.rows[0]!.slice(0, 5)).toEqual(["Waste <Partnership>", "Landfill tax", 4, 4, 16]);
  });
});

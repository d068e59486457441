import { describe, expect, it } from "vitest";
import { heatMapRows, heatMapSummary, riskBand, riskReviewOverdue } from "../../../../src/tab/record/view/heat-map";

const risk = (title: string, likelihood: number, impact: number, status: "open" | "closed" = "open") => ({ title, likelihood, impact, status });

describe("the risk heat map", () => {
  it("prints the matrix the usual way: impact 5 at the top, likelihood 1 to 5 across", () => {
    const rows = heatMapRows([]);
    expect(rows.map((r) => r[0]!.impact)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0]!.map((c) => c.likelihood)).toEqual([1, 2, 3, 4, 5]);
  });

  it("puts each open risk in the cell of its likelihood and impact, and leaves closed risks out", () => {
    const rows = heatMapRows([risk("Contractor fails", 4, 5), risk("Fleet costs rise", 4, 5), risk("Old issue", 4, 5, "closed"), risk("Data breach", 2, 3)]);
    const cell = (l: number, i: number) => rows.find((r) => r[0]!.impact === i)!.find((c) => c.likelihood === l)!;
    expect(cell(4, 5).risks).toEqual(["Contractor fails", "Fleet costs rise"]);
    expect(cell(2, 3).risks).toEqual(["Data breach"]);
    expect(rows.flat().reduce((n, c) => n + c.risks.length, 0)).toBe(3);
  });

  it("bands likelihood × impact into low, medium, high and very high", () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual(["low", "low", "medium", "medium", "high", "high", "very-high", "very-high"]);
  });

  it("says the map in words for people who cannot see the grid", () => {
    expect(heatMapSummary([risk("Contractor fails", 4, 5), risk("Data breach", 2, 3), risk("Venue", 1, 2)])).toBe(
      'The risk register has 3 open risks: 1 very high, 1 medium and 1 low. The highest is "Contractor fails" (likelihood 4, impact 5, score 20).',
    );
    expect(heatMapSummary([risk("Old", 5, 5, "closed")])).toBe("There are no open risks on this arrangement's register.");
  });

  it("flags an open risk whose review date has passed", () => {
    expect(riskReviewOverdue({ status: "open", reviewDate: "2026-01-31" }, "2026-02-01")).toBe(true);
    expect(riskReviewOverdue({ status: "closed", reviewDate: "2026-01-31" }, "2026-02-01")).toBe(false);
    expect(riskReviewOverdue({ status: "open", reviewDate: "2026-02-01" }, "2026-02-01")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isRiskReviewOverdue, riskSchema, riskScore } from "../../../../src/domain/records/risk";

const risk = { title: "Partner funding withdrawn", arrangementId: 12, likelihood: 3, impact: 4, status: "open" as const, onCorporateRegister: false };

describe("a partnership risk", () => {
  it("scores likelihood and impact from 1 to 5 each", () => {
    expect(riskSchema.safeParse(risk).success).toBe(true);
    for (const likelihood of [0, 6, 2.5]) expect(riskSchema.safeParse({ ...risk, likelihood }).success).toBe(false);
    for (const impact of [0, 6]) expect(riskSchema.safeParse({ ...risk, impact }).success).toBe(false);
  });

  it("rates as likelihood × impact, from 1 to 25", () => {
    expect(riskScore(risk)).toBe(12);
    expect(riskScore({ likelihood: 5, impact: 5 })).toBe(25);
  });

  it("is overdue for review only while open and past its review date", () => {
    expect(isRiskReviewOverdue({ status: "open", reviewDate: "2025-03-31" }, "2025-04-01")).toBe(true);
    expect(isRiskReviewOverdue({ status: "open", reviewDate: "2025-04-01" }, "2025-04-01")).toBe(false);
    expect(isRiskReviewOverdue({ status: "closed", reviewDate: "2025-03-31" }, "2025-04-01")).toBe(false);
    expect(isRiskReviewOverdue({ status: "open" }, "2025-04-01")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { cardBytes } from "../../../src/cards/card-limits";
import { registerReviewCard, type RegisterReviewCardInput } from "../../../src/cards/register-review-card";
import { cardProblems } from "./validate-card";

const input = (extra: Partial<RegisterReviewCardInput> = {}): RegisterReviewCardInput => ({
  reviewName: "Annual review of the Partnership and Shared Service Register",
  period: "2026/27",
  windowStart: "2026-03-01",
  dueDate: "2026-08-31",
  officerName: "Sam Patel",
  records: [
    { name: "Leisure Trust", kindLabel: "Partnership", confirmed: false },
    { name: "Revenues and Benefits", kindLabel: "Shared service: full", confirmed: true },
  ],
  questions: ["Is the register entry complete and current?", "Does the arrangement continue to be fit for purpose?"],
  cite: "framework 6.6, 5.9c",
  myWorkUrl: "http://localhost:5173/my-work",
  ...extra,
});

const text = (card: unknown) => JSON.stringify(card);

describe("the annual register review card", () => {
  it("is a valid Adaptive Card 1.5 under 80 KB", () => {
    const card = registerReviewCard(input());
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe("1.5");
    expect(cardBytes(card)).toBeLessThan(80_000);
  });

  it("lists the officer's records, says how many are left, and opens My work", () => {
    const card = registerReviewCard(input());
    expect(text(card)).toContain("Leisure Trust");
    expect(text(card)).toContain("Revenues and Benefits (Shared service: full) — confirmed");
    expect(text(card)).toMatch(/"title":"Still to confirm","value":"1"/);
    expect(card.actions).toEqual([expect.objectContaining({ type: "Action.OpenUrl", url: "http://localhost:5173/my-work", title: "Open My work" })]);
  });

  it("stays small and valid for an officer who leads hundreds of arrangements with long, hostile names", () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ name: `[click](https://evil.example) ${"x".repeat(2000)} ${i}`, kindLabel: "Partnership", confirmed: false }));
    const card = registerReviewCard(input({ records }));
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(80_000);
    expect(text(card)).not.toContain("[click](");
    expect(text(card)).toContain("and 360 more records in My work");
  });
});

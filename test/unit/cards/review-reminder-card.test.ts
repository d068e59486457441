import { describe, expect, it } from "vitest";
import { cardBytes } from "../../../src/cards/card-limits";
import { reviewReminderCard, type ReviewReminder } from "../../../src/cards/review-reminder-card";
import { cardProblems } from "./validate-card";

const reminder: ReviewReminder = {
  kind: "reminder",
  arrangementName: "Wessex Shared Internal Audit Service",
  reviewName: "Shared service annual review",
  templateName: "Progress review (appendix four b)",
  period: "Year 5",
  dueDate: "2026-09-24",
  daysOverdue: 61,
  reviewUrl: "http://localhost:5173/partnerships/7/reviews/12",
};

const texts = (card: unknown): string => JSON.stringify(card);

describe("the review reminder card", () => {
  it.each([
    ["an overdue reminder", reminder],
    ["a falls-due reminder", { ...reminder, daysOverdue: 0 }],
    ["an escalation to the director", { ...reminder, kind: "escalation" as const, owedBy: "Priya Shah" }],
  ])("%s is a valid Adaptive Card 1.5 under 80 KB", (_name, r) => {
    const card = reviewReminderCard(r);
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe("1.5");
    expect(cardBytes(card)).toBeLessThan(80_000);
  });

  it("says how late the review is and opens the form", () => {
    const card = reviewReminderCard(reminder);
    expect(texts(card)).toContain("overdue by 61 days");
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Start the review", url: reminder.reviewUrl }]);
  });

  it("tells the director who owes it", () => {
    const card = reviewReminderCard({ ...reminder, kind: "escalation", owedBy: "Priya Shah" });
    expect(texts(card)).toContain("Escalated");
    expect(texts(card)).toContain("Priya Shah");
  });

  it("escapes what officers typed and stays small with a huge name", () => {
    const card = reviewReminderCard({ ...reminder, arrangementName: `[click](javascript:alert(1)) ${"x".repeat(200_000)}` });
    expect(texts(card)).not.toContain("[click](javascript");
    expect(cardBytes(card)).toBeLessThan(80_000);
    expect(cardProblems(card)).toEqual([]);
  });

  it("refuses a link that is not a web address", () => {
    expect(() => reviewReminderCard({ ...reminder, reviewUrl: "javascript:alert(1)" })).toThrow();
  });
});

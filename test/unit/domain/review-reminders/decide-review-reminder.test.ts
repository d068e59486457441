import { describe, expect, it } from "vitest";
import { decideReviewReminder } from "../../../../src/domain/review-reminders/decide-review-reminder";

const rules = { overdueReminderDays: 7, escalateAfterDays: 21 };
const due = { status: "due", dueDate: "2026-03-31" };

describe("reminding whoever owes a review", () => {
  it("reminds once when a review falls due, not months ahead of it", () => {
    expect(decideReviewReminder(due, "2026-01-15", rules).remind).toBe(false);
    expect(decideReviewReminder(due, "2026-03-15", rules).remind).toBe(true);
    expect(decideReviewReminder({ ...due, lastRemindedAt: "2026-03-15T09:00:00Z" }, "2026-03-20", rules).remind).toBe(false);
  });

  it("an overdue review gets its own reminder even if it was reminded while due", () => {
    expect(decideReviewReminder({ ...due, lastRemindedAt: "2026-03-28T09:00:00Z" }, "2026-04-01", rules)).toMatchObject({ remind: true, overdue: true, daysOverdue: 1 });
  });

  it("an overdue review sends one reminder, not one per run", () => {
    const first = decideReviewReminder(due, "2026-04-10", rules);
    expect(first.remind).toBe(true);
    const sameDay = decideReviewReminder({ ...due, lastRemindedAt: "2026-04-10T09:00:00Z" }, "2026-04-10", rules);
    expect(sameDay.remind).toBe(false);
  });

  it("reminds again only once overdueReminderDays have passed since the last reminder", () => {
    const after = (today: string) => decideReviewReminder({ ...due, lastRemindedAt: "2026-04-10T09:00:00Z" }, today, rules).remind;
    expect(after("2026-04-16")).toBe(false);
    expect(after("2026-04-17")).toBe(true);
  });

  it("escalates to the director once the review is escalateAfterDays overdue, not a day before", () => {
    expect(decideReviewReminder(due, "2026-04-20", rules).escalate).toBe(false);
    expect(decideReviewReminder(due, "2026-04-21", rules)).toMatchObject({ escalate: true, daysOverdue: 21 });
  });

  it("escalates only once", () => {
    expect(decideReviewReminder({ ...due, escalatedAt: "2026-04-21T09:00:00Z" }, "2026-06-01", rules).escalate).toBe(false);
  });

  it("sends nothing about a review completed or cancelled, however late", () => {
    for (const status of ["completed", "cancelled"]) {
      expect(decideReviewReminder({ ...due, status }, "2026-09-01", rules)).toMatchObject({ remind: false, escalate: false });
    }
  });

  it("treats a review in progress like one not started", () => {
    expect(decideReviewReminder({ ...due, status: "in-progress" }, "2026-05-01", rules)).toMatchObject({ remind: true, escalate: true });
  });
});

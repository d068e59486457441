import { describe, expect, it } from "vitest";
import type { CompletedReview } from "../../../../src/domain/review-calendar/calendar-types";
import { reviewCalendar } from "../../../../src/domain/review-calendar/review-calendar";
import { arrangement, sharedServiceReview, testPack } from "./test-pack";

const pack = testPack({ cycles: [sharedServiceReview] });
const done = (completedOn: string, periodKey?: string): CompletedReview => ({ reviewId: "shared-service-review", completedOn, ...(periodKey ? { periodKey } : {}) });

/** The shared-service review entry for a service started on 1 April 2024. */
const review = (asOf: string, completed: CompletedReview[] = []) =>
  reviewCalendar({ pack, arrangement: arrangement("2024-04-01", "shared-service"), asOf, completed })[0];

describe("the shared service annual review (framework 6.8)", () => {
  it("first falls due twelve months after the service starts", () => {
    expect(review("2024-09-01")).toMatchObject({ reviewId: "shared-service-review", periodKey: "1", dueDate: "2025-04-01", status: "upcoming" });
  });

  it("is due in the month before its due date", () => {
    expect(review("2025-02-28")?.status).toBe("upcoming");
    expect(review("2025-03-01")).toMatchObject({ status: "due", windowStart: "2025-03-01" });
    expect(review("2025-04-01")?.status).toBe("due");
  });

  it("is overdue the day after its due date when it has not been done", () => {
    expect(review("2025-04-02")).toMatchObject({ periodKey: "1", status: "overdue", daysOverdue: 1 });
  });

  it("a shared service's reviews of its first two years use the comprehensive template (6.8a)", () => {
    expect(review("2025-03-15")).toMatchObject({ periodKey: "1", yearOfOperation: 1, templateId: "comprehensive", templateName: "comprehensive shared-service review" });
    expect(review("2026-03-15", [done("2025-03-20")])).toMatchObject({ periodKey: "2", yearOfOperation: 2, templateId: "comprehensive" });
  });

  it("a shared service in its third year gets the focused template", () => {
    const entry = review("2027-03-15", [done("2025-03-20"), done("2026-03-20")]);
    expect(entry).toMatchObject({ periodKey: "3", dueDate: "2027-04-01", status: "due", yearOfOperation: 3, templateId: "focused" });
    expect(entry?.reason).toBe(
      "Shared service annual review (review 3) is due by 1 April 2027 (framework 6.8). " +
        "Year 3 of operation: the focused shared-service review template applies (framework 6.8b).",
    );
  });

  it("a late review does not push the next one back: the schedule keeps to the start date", () => {
    expect(review("2025-07-01", [done("2025-06-20")])).toMatchObject({ periodKey: "2", dueDate: "2026-04-01", status: "upcoming" });
  });

  it("a review done early in its notice month shows as done", () => {
    expect(review("2025-03-25", [done("2025-03-20")])).toMatchObject({ periodKey: "1", status: "done", completedOn: "2025-03-20" });
  });

  it("doing the overdue review clears it, and the next one is still owed on time", () => {
    expect(review("2026-03-10", [done("2026-03-05")])).toMatchObject({ periodKey: "2", status: "due" });
    expect(review("2026-04-02", [done("2026-03-05")])).toMatchObject({ periodKey: "2", status: "overdue" });
  });

  it("a missed review is overtaken once the next one falls due", () => {
    expect(review("2026-04-02")).toMatchObject({ periodKey: "2", status: "overdue", daysOverdue: 1 });
  });

  it("a review recorded against its number counts for that review, not the one still owed", () => {
    expect(review("2026-03-10", [done("2026-03-05", "2")])).toMatchObject({ periodKey: "1", status: "overdue" });
    expect(review("2026-04-02", [done("2026-03-05", "2")])).toMatchObject({ periodKey: "3", status: "upcoming" });
  });

  it("a period that is not a review number is refused, not guessed at", () => {
    expect(() => review("2026-03-10", [done("2026-03-05", "2026")])).not.toThrow();
    expect(() => review("2026-03-10", [done("2026-03-05", "year-two")])).toThrow(/periods are its review numbers/);
  });

  it("does not apply to a partnership", () => {
    expect(reviewCalendar({ pack, arrangement: arrangement("2024-04-01", "partnership"), asOf: "2025-04-02", completed: [] })).toEqual([]);
  });
});

describe("cycle timing", () => {
  const monthly = testPack({ cycles: [{ id: "budget-check", name: "Budget check", when: {}, everyMonths: 1, cite: "framework 4.8e" }] });
  const budgetChecked = { reviewId: "budget-check", completedOn: "2026-02-27" };
  const dueDates = (asOfs: string[]) =>
    asOfs.map((asOf) => reviewCalendar({ pack: monthly, arrangement: arrangement("2026-01-31"), asOf, completed: [budgetChecked] })[0]?.dueDate);

  it("31 January plus one month is the end of February, and the month after is 31 March, not 28th", () => {
    expect(dueDates(["2026-02-10", "2026-03-10"])).toEqual(["2026-02-28", "2026-03-31"]);
  });

  it("a cycle without templates says only when it is due", () => {
    const [entry] = reviewCalendar({ pack: monthly, arrangement: arrangement("2026-01-31"), asOf: "2026-02-10", completed: [] });
    expect(entry).not.toHaveProperty("templateId");
    expect(entry?.reason).toBe("Budget check (review 1) is due by 28 February 2026 (framework 4.8e).");
  });

  it("the first review can come sooner than the rest", () => {
    const pack = testPack({ cycles: [{ ...sharedServiceReview, firstAfterMonths: 6 }] });
    const at = (asOf: string, completed: CompletedReview[] = []) =>
      reviewCalendar({ pack, arrangement: arrangement("2024-04-01", "shared-service"), asOf, completed })[0];
    expect(at("2024-05-01")).toMatchObject({ dueDate: "2024-10-01", yearOfOperation: 1, templateId: "comprehensive" });
    expect(at("2024-11-01", [done("2024-09-20")])).toMatchObject({ periodKey: "2", dueDate: "2025-10-01" });
  });
});

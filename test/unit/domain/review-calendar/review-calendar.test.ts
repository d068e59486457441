import { describe, expect, it } from "vitest";
import { isOverdue } from "../../../../src/domain/review-calendar/is-overdue";
import { nextDue, lastFallenDue } from "../../../../src/domain/review-calendar/next-due";
import { reviewCalendar } from "../../../../src/domain/review-calendar/review-calendar";
import { templateForYear } from "../../../../src/domain/review-calendar/pick-template";
import { arrangement, governanceAssurance, registerReview, sharedServiceReview, testPack } from "./test-pack";

const gravesham = testPack({
  registerReview,
  governanceAssurance,
  cycles: [
    sharedServiceReview,
    { id: "major-review", name: "Major partnership annual review", when: { categories: ["major"] }, everyMonths: 12, cite: "dartford 31(i)" },
  ],
});

describe("the review calendar of one arrangement", () => {
  it("lists every review the pack asks of it, in the pack's order", () => {
    const entries = reviewCalendar({ pack: gravesham, arrangement: arrangement("2024-04-01", "shared-service"), asOf: "2026-05-01", completed: [] });
    expect(entries.map((e) => [e.reviewId, e.periodKey, e.status])).toEqual([
      ["register-review", "2026", "due"],
      ["governance-assurance", "2026", "overdue"],
      ["shared-service-review", "2", "overdue"],
    ]);
  });

  it("asks a major partnership for its annual review and a minor one not", () => {
    const of = (category: string) =>
      reviewCalendar({ pack: gravesham, arrangement: arrangement("2025-01-01", "partnership", category), asOf: "2025-06-01", completed: [] }).map((e) => e.reviewId);
    expect(of("major")).toContain("major-review");
    expect(of("minor")).not.toContain("major-review");
  });

  it("a windowed review can be limited to some arrangements", () => {
    const pack = testPack({ governanceAssurance: { ...governanceAssurance, when: { kinds: ["shared-service"] } } });
    expect(reviewCalendar({ pack, arrangement: arrangement("2024-04-01"), asOf: "2026-02-10", completed: [] })).toEqual([]);
  });

  it("completions of one review never count for another", () => {
    const completed = [{ reviewId: "register-review", completedOn: "2026-02-10" }];
    const [, assurance] = reviewCalendar({ pack: gravesham, arrangement: arrangement("2024-04-01"), asOf: "2026-02-20", completed });
    expect(assurance).toMatchObject({ reviewId: "governance-assurance", status: "due" });
  });

  it("refuses a date that does not exist, naming it", () => {
    const draw = (asOf: string, startDate = "2024-04-01") =>
      reviewCalendar({ pack: gravesham, arrangement: { ...arrangement("2024-04-01"), startDate }, asOf, completed: [] });
    expect(() => draw("2026-02-30")).toThrow(/asOf must be a date/);
    expect(() => draw("2026-02-10", "01/04/2024")).toThrow(/start date must be a date/);
    expect(() =>
      reviewCalendar({ pack: gravesham, arrangement: arrangement("2024-04-01"), asOf: "2026-02-10", completed: [{ reviewId: "register-review", completedOn: "yesterday" }] }),
    ).toThrow(/completion date of review "register-review"/);
  });

  it("refuses a windowed review recorded against something other than a year", () => {
    const completed = [{ reviewId: "governance-assurance", completedOn: "2026-02-10", periodKey: "1" }];
    expect(() => reviewCalendar({ pack: gravesham, arrangement: arrangement("2024-04-01"), asOf: "2026-02-20", completed })).toThrow(/years like 2026/);
  });
});

describe("helpers for the rest of the product", () => {
  it("a review is overdue from the day after its due date until it is done", () => {
    expect(isOverdue("2027-03-31", "2027-03-31")).toBe(false);
    expect(isOverdue("2027-03-31", "2027-04-01")).toBe(true);
    expect(isOverdue("2027-03-31", "2027-04-01", "2027-03-30")).toBe(false);
    expect(isOverdue("2027-03-31", "2027-04-01", "2027-04-05")).toBe(true);
  });

  it("finds the next review of a cycle due on or after a date, and the last one that fell due", () => {
    const schedule = { startDate: "2024-04-01", everyMonths: 12 };
    expect(nextDue(schedule, "2026-04-01")).toEqual({ occurrence: 2, dueDate: "2026-04-01" });
    expect(nextDue(schedule, "2026-04-02")).toEqual({ occurrence: 3, dueDate: "2027-04-01" });
    expect(lastFallenDue(schedule, "2026-04-02")).toEqual({ occurrence: 2, dueDate: "2026-04-01" });
    expect(lastFallenDue(schedule, "2025-04-01")).toBeUndefined();
  });

  it("picks the first template whose years include the year of operation", () => {
    const templates = testPack({ cycles: [sharedServiceReview] }).reviews.cycles[0]?.templates ?? [];
    expect([1, 2, 3, 10].map((year) => templateForYear(templates, year)?.id)).toEqual(["comprehensive", "comprehensive", "focused", "focused"]);
  });
});

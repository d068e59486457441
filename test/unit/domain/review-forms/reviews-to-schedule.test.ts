import { describe, expect, it } from "vitest";
import type { CalendarEntry } from "../../../../src/domain/review-calendar/calendar-types";
import { reviewsToSchedule } from "../../../../src/domain/review-forms/reviews-to-schedule";
import { completedReviewsOf } from "../../../../src/domain/review-forms/completed-reviews";
import { reviewCalendar } from "../../../../src/domain/review-calendar/review-calendar";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const entry = (over: Partial<CalendarEntry>): CalendarEntry => ({
  reviewId: "shared-service-annual-review",
  name: "Shared service annual review",
  periodKey: "3",
  dueDate: "2026-06-01",
  status: "due",
  templateId: "focused",
  yearOfOperation: 3,
  cite: "framework 6.8",
  reason: "",
  ...over,
});

describe("scheduling the reviews now due", () => {
  it("creates an item for a review due or overdue, with the template for its year", () => {
    expect(reviewsToSchedule("Legal Service", [entry({})], [])).toEqual([
      { reviewTypeId: "shared-service-annual-review", templateId: "focused", period: "Review 3 (year 3)", dueDate: "2026-06-01", title: "Legal Service: Shared service annual review, Review 3 (year 3)" },
    ]);
    expect(reviewsToSchedule("X", [entry({ status: "overdue" })], [])).toHaveLength(1);
  });

  it("creates nothing for a review upcoming or done", () => {
    expect(reviewsToSchedule("X", [entry({ status: "upcoming" }), entry({ status: "done" })], [])).toEqual([]);
  });

  it("is idempotent: one item per arrangement, review type and period", () => {
    expect(reviewsToSchedule("X", [entry({})], [{ reviewTypeId: "shared-service-annual-review", dueDate: "2026-06-01" }])).toEqual([]);
    // The previous period's item does not stand in for this one.
    expect(reviewsToSchedule("X", [entry({})], [{ reviewTypeId: "shared-service-annual-review", dueDate: "2025-06-01" }])).toHaveLength(1);
  });

  it("names a window's period by its year and leaves the register review to the Change Manager's round", () => {
    const assurance = entry({ reviewId: "governance-assurance", name: "Governance assurance", periodKey: "2027", dueDate: "2027-03-31" });
    const { templateId: _t, yearOfOperation: _y, ...plain } = assurance;
    expect(reviewsToSchedule("X", [plain], [])[0]?.period).toBe("2027");
    expect(reviewsToSchedule("X", [{ ...plain, reviewId: "register-review" }], [])).toEqual([]);
  });
});

describe("completed reviews as the calendar counts them", () => {
  const pack = getBuiltInPack("gravesham")!;
  it("a review done on its due date counts for its own period, not the one before", () => {
    const done = completedReviewsOf(pack, "2024-05-24", [
      { reviewTypeId: "shared-service-annual-review", dueDate: "2026-05-24", status: "completed", completedAt: "2026-05-24T11:00:00Z" },
      { reviewTypeId: "governance-assurance", dueDate: "2026-03-31", status: "completed", completedAt: "2026-03-10T11:00:00Z" },
      { reviewTypeId: "governance-assurance", dueDate: "2026-04-30", status: "completed", completedAt: "2026-03-10T11:00:00Z" },
      { reviewTypeId: "shared-service-annual-review", dueDate: "2026-05-24", status: "due" },
    ]);
    expect(done).toEqual([
      { reviewId: "shared-service-annual-review", completedOn: "2026-05-24", periodKey: "2" },
      { reviewId: "governance-assurance", completedOn: "2026-03-10", periodKey: "2026" },
      // A due date that names no period leaves the completion date to decide.
      { reviewId: "governance-assurance", completedOn: "2026-03-10" },
    ]);
    const calendar = reviewCalendar({ pack, arrangement: { facts: { kind: "shared-service", subtype: "full" }, category: null, startDate: "2024-05-24" }, asOf: "2026-11-24", completed: done });
    expect(calendar.find((e) => e.reviewId === "shared-service-annual-review")).toMatchObject({ periodKey: "3", status: "upcoming", templateId: "focused" });
  });
});

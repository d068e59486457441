import type { CalendarEntry } from "../review-calendar/calendar-types";
import { registerReviewId } from "../review-calendar/review-calendar";

/** A review item already in the Reviews list, as far as scheduling needs to know it. */
export interface ScheduledReview {
  reviewTypeId?: string;
  dueDate?: string;
}

export interface ReviewToCreate {
  reviewTypeId: string;
  templateId?: string;
  period: string;
  dueDate: string;
  title: string;
}

/**
 * The Reviews items to create for one arrangement: each calendar entry now due or overdue that
 * has no item of its type with the same due date. A type's periods each have their own due date,
 * so (arrangement, type, due date) names one period; running this again creates nothing.
 * The annual register review is left out: the Change Manager opens that round for every
 * arrangement at once (default framework 6.6).
 */
export function reviewsToSchedule(arrangementName: string, entries: readonly CalendarEntry[], existing: readonly ScheduledReview[]): ReviewToCreate[] {
  const have = new Set(existing.map((r) => `${r.reviewTypeId}|${r.dueDate}`));
  return entries
    .filter((e) => (e.status === "due" || e.status === "overdue") && e.reviewId !== registerReviewId && !have.has(`${e.reviewId}|${e.dueDate}`))
    .map((e) => {
      const period = /^\d{4}$/.test(e.periodKey) ? e.periodKey : `Review ${e.periodKey}${e.yearOfOperation ? ` (year ${e.yearOfOperation})` : ""}`;
      return {
        reviewTypeId: e.reviewId,
        ...(e.templateId ? { templateId: e.templateId } : {}),
        period,
        dueDate: e.dueDate,
        title: `${arrangementName}: ${e.name}, ${period}`.slice(0, 255),
      };
    });
}

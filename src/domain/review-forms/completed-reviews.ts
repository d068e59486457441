import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Review } from "../records/review";
import type { CompletedReview } from "../review-calendar/calendar-types";
import { occurrenceDueDate } from "../review-calendar/cycle-schedule";
import { governanceAssuranceId, registerReviewId } from "../review-calendar/review-calendar";
import { windowEndingIn } from "../review-calendar/window-for-year";

/** Far more reviews than any arrangement will see; only bounds the search for a due date. */
const maxOccurrences = 1200;

/**
 * The period a Reviews item was for, as the calendar names it, read from its due date: a cycle's
 * review number whose due date it is, or the year whose window ends on it. Undefined when the due
 * date is none of those (an item typed in by hand): then the completion date decides, as before.
 * Pinning the period stops a review done on its due date being counted for the one before.
 */
function periodKeyOf(pack: PolicyPack, startDate: string | undefined, review: Partial<Review>): string | undefined {
  const { reviewTypeId, dueDate } = review;
  if (!reviewTypeId || !dueDate) return undefined;
  if (reviewTypeId === governanceAssuranceId || reviewTypeId === registerReviewId) {
    const windowed = reviewTypeId === governanceAssuranceId ? pack.reviews.governanceAssurance : pack.reviews.registerReview;
    const year = Number(dueDate.slice(0, 4));
    return windowed && windowEndingIn(windowed.window, year).end === dueDate ? String(year) : undefined;
  }
  const cycle = pack.reviews.cycles.find((c) => c.id === reviewTypeId);
  if (!cycle || !startDate) return undefined;
  const schedule = { startDate, everyMonths: cycle.everyMonths, ...(cycle.firstAfterMonths !== undefined ? { firstAfterMonths: cycle.firstAfterMonths } : {}) };
  for (let n = 1; n <= maxOccurrences; n++) {
    const due = occurrenceDueDate(schedule, n);
    if (due === dueDate) return String(n);
    if (due > dueDate) return undefined;
  }
  return undefined;
}

/** The completed Reviews items of one arrangement as the review calendar takes them. */
export function completedReviewsOf(pack: PolicyPack, startDate: string | undefined, reviews: readonly Partial<Review>[]): CompletedReview[] {
  return reviews.flatMap((r) => {
    if (r.status !== "completed" || !r.reviewTypeId || !r.completedAt) return [];
    const periodKey = periodKeyOf(pack, startDate, r);
    return [{ reviewId: r.reviewTypeId, completedOn: r.completedAt.slice(0, 10), ...(periodKey ? { periodKey } : {}) }];
  });
}

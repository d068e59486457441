import { isFinal, type LifecycleState } from "../../domain/lifecycle/states";
import { daysBetween } from "../../domain/review-calendar/days-between";
import { isIsoDate, type IsoDate } from "../../domain/review-calendar/iso-date";

/** How far ahead "due for review" looks: a month's notice to prepare the review. */
export const dueSoonDays = 30;

/**
 * Where an arrangement's next review stands today. Overdue from the day after the due date (the
 * due date itself is still on time, as in the review calendar); an arrangement that has ended,
 * was rejected, withdrawn or screened out owes no review, whatever date it still carries.
 */
export type ReviewState =
  | { state: "overdue"; days: number }
  | { state: "due-soon"; days: number }
  | { state: "later"; days: number }
  | { state: "none" };

export function reviewStateOf(row: { nextReviewDue?: IsoDate; status?: LifecycleState }, today: IsoDate): ReviewState {
  if (!row.nextReviewDue || !isIsoDate(row.nextReviewDue)) return { state: "none" };
  if (row.status && isFinal(row.status)) return { state: "none" };
  const days = daysBetween(today, row.nextReviewDue);
  if (days < 0) return { state: "overdue", days: -days };
  if (days <= dueSoonDays) return { state: "due-soon", days };
  return { state: "later", days };
}

/** "Today", "in 3 days", "12 days overdue": what the grid says beside the date. */
export function describeReviewState(review: ReviewState): string {
  const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
  switch (review.state) {
    case "overdue":
      return `${days(review.days)} overdue`;
    case "due-soon":
      return review.days === 0 ? "Due today" : `Due in ${days(review.days)}`;
    case "later":
      return "";
    case "none":
      return "";
  }
}

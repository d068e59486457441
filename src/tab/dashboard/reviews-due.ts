import { daysBetween } from "../../domain/review-calendar/days-between";
import { isCurrent, type DashboardArrangement } from "./register-rows";

export interface ReviewDue {
  arrangementId: number;
  name: string;
  dueDate: string;
  /** Negative when overdue: days until the review falls due. */
  daysUntilDue: number;
  overdue: boolean;
  leadOfficer?: string;
}

/** How far ahead "due soon" looks: a quarter gives lead officers time to prepare (the product's choice). */
export const dueSoonDays = 90;

/**
 * Current arrangements whose next review (the register's `nextReviewDue`) is past or falls due
 * within `withinDays`, most overdue first. Overdue from the day after the due date, as the review
 * calendar counts it.
 */
export function reviewsDue(rows: readonly DashboardArrangement[], today: string, withinDays = dueSoonDays): ReviewDue[] {
  return rows
    .filter((a) => isCurrent(a) && a.nextReviewDue)
    .map((a) => {
      const dueDate = a.nextReviewDue as string;
      const daysUntilDue = daysBetween(today, dueDate);
      return {
        arrangementId: a.id,
        name: a.name ?? `Arrangement ${a.id}`,
        dueDate,
        daysUntilDue,
        overdue: daysUntilDue < 0,
        ...(a.leadOfficer?.title ? { leadOfficer: a.leadOfficer.title } : {}),
      };
    })
    .filter((r) => r.daysUntilDue <= withinDays)
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue || a.name.localeCompare(b.name));
}

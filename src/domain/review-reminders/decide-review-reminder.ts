import { daysBetween } from "../review-calendar/days-between";

export interface ReminderRules {
  /** Days to wait after a reminder before sending another about the same overdue review. */
  overdueReminderDays: number;
  /** Days overdue after which the review is escalated to the director, once. */
  escalateAfterDays: number;
  /**
   * How close to its due date a review not yet overdue earns its one "falls due" reminder. The
   * frameworks name no notice period; a month matches the review calendar's notice (its README).
   */
  dueNoticeDays?: number;
}

export const defaultDueNoticeDays = 31;

export interface ReminderState {
  status?: string;
  dueDate?: string;
  /** ISO moments; only their day counts. */
  lastRemindedAt?: string;
  escalatedAt?: string;
}

export interface ReminderDecision {
  remind: boolean;
  escalate: boolean;
  overdue: boolean;
  daysOverdue: number;
}

const none = (overdue: boolean, daysOverdue: number): ReminderDecision => ({ remind: false, escalate: false, overdue, daysOverdue });

/**
 * Whether a review's owner gets a card today, and whether the director does. Pure, so a scheduler
 * may run it as often as it likes:
 * - a review that is due (not yet overdue) gets one reminder, within `dueNoticeDays` of its date;
 * - once overdue it gets one reminder, and another only when `overdueReminderDays` have passed
 *   since the last — never one per run;
 * - once `escalateAfterDays` overdue, it is escalated to the director, once (default framework 6.12 puts
 *   reviews in the Change Manager's hands; the days are each pack's `reviews.reminders`).
 * Completed and cancelled reviews get nothing.
 */
export function decideReviewReminder(review: ReminderState, today: string, rules: ReminderRules): ReminderDecision {
  if ((review.status !== "due" && review.status !== "in-progress") || !review.dueDate) return none(false, 0);
  const daysOverdue = Math.max(0, daysBetween(review.dueDate, today));
  const overdue = daysOverdue > 0;
  const lastDay = review.lastRemindedAt?.slice(0, 10);
  const noticeOpen = overdue || daysBetween(today, review.dueDate) <= (rules.dueNoticeDays ?? defaultDueNoticeDays);
  let remind: boolean;
  if (!noticeOpen) remind = false;
  else if (!lastDay) remind = true;
  else if (!overdue) remind = false;
  // A reminder sent before it fell overdue was the "falls due" one: the first overdue day gets its own.
  else if (lastDay <= review.dueDate) remind = true;
  else remind = daysBetween(lastDay, today) >= rules.overdueReminderDays;
  const escalate = overdue && daysOverdue >= rules.escalateAfterDays && !review.escalatedAt;
  return { remind, escalate, overdue, daysOverdue };
}

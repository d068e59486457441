import type { CompletedReview } from "./calendar-types";
import type { CycleSchedule } from "./cycle-schedule";
import { compareIsoDates, type IsoDate } from "./iso-date";
import { nextDue } from "./next-due";

const occurrenceKey = /^[1-9]\d*$/;

/**
 * Which of a cycle's reviews have been done, as occurrence → date done. Pass only this cycle's
 * completions, all on or before the calendar's date.
 *
 * A completion with a `periodKey` counts for that occurrence. One without counts for the review
 * that had most recently fallen due if that one is still owed (a late review), and otherwise for
 * the next one to fall due (an on-time or early review): one review never counts twice, and
 * completing the overdue review is what clears it. Older misses are left behind.
 */
export function matchCycleCompletions(schedule: CycleSchedule, completions: readonly CompletedReview[]): Map<number, IsoDate> {
  const done = new Map<number, IsoDate>();
  const unkeyed: CompletedReview[] = [];
  for (const completion of completions) {
    if (completion.periodKey === undefined) {
      unkeyed.push(completion);
    } else if (occurrenceKey.test(completion.periodKey)) {
      done.set(Number(completion.periodKey), completion.completedOn);
    } else {
      throw new RangeError(
        `review "${completion.reviewId}" done on ${completion.completedOn} names period "${completion.periodKey}"; a cycle's periods are its review numbers 1, 2, 3…`,
      );
    }
  }
  const chronological = [...unkeyed].sort((a, b) => compareIsoDates(a.completedOn, b.completedOn));
  for (const { completedOn } of chronological) {
    const { occurrence } = nextDue(schedule, completedOn);
    const owedLate = occurrence > 1 && !done.has(occurrence - 1);
    const counted = owedLate ? occurrence - 1 : occurrence;
    if (!done.has(counted)) done.set(counted, completedOn);
  }
  return done;
}

import type { WindowedReview } from "../policy-pack/pack-schema";
import type { CalendarEntry, CompletedReview, ReviewStatus } from "./calendar-types";
import { daysBetween } from "./days-between";
import { describeStatus } from "./describe-status";
import { compareIsoDates, type IsoDate } from "./iso-date";
import { followingWindow, lastClosedWindow, nextWindowOpening, windowContaining } from "./locate-window";
import type { WindowOccurrence } from "./window-for-year";

export interface WindowedEntryInput {
  reviewId: string;
  review: WindowedReview;
  startDate: IsoDate;
  asOf: IsoDate;
  /** This review's completions, all on or before `asOf`. */
  completions: readonly CompletedReview[];
}

/** An arrangement owes a window's review unless it started after that window closed. */
const owes = (startDate: IsoDate, w: WindowOccurrence) => compareIsoDates(startDate, w.end) <= 0;

/**
 * The completion that settles one year's review: one naming that year, or one done on or after
 * its window opened and before the next year's opened. So a late review still counts, but
 * completing one year's review never settles the next year's.
 */
function completionFor(input: WindowedEntryInput, w: WindowOccurrence): CompletedReview | undefined {
  const nextOpens = followingWindow(input.review.window, w).start;
  return input.completions.find((c) =>
    c.periodKey === undefined
      ? compareIsoDates(w.start, c.completedOn) <= 0 && compareIsoDates(c.completedOn, nextOpens) < 0
      : c.periodKey === w.periodKey,
  );
}

/**
 * The one occurrence that matters on `asOf` (default framework 6.6 register review, 6.11 governance
 * assurance): the open window, due or done; else last year's if it closed unsettled, overdue;
 * else the next one to open, upcoming. A missed year stays overdue until the next window opens,
 * when that year's review takes its place: the Annual Governance Statement it fed has moved on.
 */
export function windowedEntry(input: WindowedEntryInput): CalendarEntry {
  const { review, startDate, asOf } = input;
  const open = windowContaining(review.window, asOf);
  if (open && owes(startDate, open)) {
    const done = completionFor(input, open);
    return entry(input, open, done ? "done" : "due", done?.completedOn);
  }
  const closed = lastClosedWindow(review.window, asOf);
  if (owes(startDate, closed) && !completionFor(input, closed)) return entry(input, closed, "overdue");
  let next = nextWindowOpening(review.window, asOf);
  // An arrangement starting in the future owes nothing for windows that close before it starts.
  while (!owes(startDate, next)) next = followingWindow(review.window, next);
  return entry(input, next, "upcoming");
}

function entry(input: WindowedEntryInput, w: WindowOccurrence, status: ReviewStatus, completedOn?: IsoDate): CalendarEntry {
  const daysOverdue = status === "overdue" ? daysBetween(w.end, input.asOf) : undefined;
  const { name, cite } = input.review;
  return {
    reviewId: input.reviewId,
    name,
    periodKey: w.periodKey,
    windowStart: w.start,
    dueDate: w.end,
    status,
    ...(daysOverdue === undefined ? {} : { daysOverdue }),
    ...(completedOn === undefined ? {} : { completedOn }),
    cite,
    reason: describeStatus({ subject: `${name} for ${w.periodKey}`, status, windowStart: w.start, dueDate: w.end, daysOverdue, completedOn, cite }),
  };
}

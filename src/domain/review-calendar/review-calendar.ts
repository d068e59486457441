import { matchesSelector } from "../policy-pack/match-selector";
import type { WindowedReview } from "../policy-pack/pack-schema";
import type { CalendarEntry, ReviewCalendarInput } from "./calendar-types";
import { cycleEntry } from "./cycle-entry";
import { compareIsoDates, parseIsoDate } from "./iso-date";
import { windowedEntry } from "./windowed-entry";

/** Ids the two windowed reviews are recorded under; cycles use their own pack ids. */
export const registerReviewId = "register-review";
export const governanceAssuranceId = "governance-assurance";

const yearKey = /^\d{4}$/;

/**
 * Every review a council's pack asks of one arrangement, each at the occurrence that matters on
 * `asOf`, in the pack's order: the register review (default framework 6.6), governance assurance
 * (default framework 6.11), then each cycle (default framework 6.8, joint-working code 31). Pure: `asOf` is the only
 * "today" it knows, and completions dated after it had not happened yet.
 * Throws a RangeError for a date that is not a real `YYYY-MM-DD` or a period that cannot exist.
 */
export function reviewCalendar({ pack, arrangement, asOf, completed }: ReviewCalendarInput): CalendarEntry[] {
  parseIsoDate(asOf, "asOf");
  parseIsoDate(arrangement.startDate, "the arrangement's start date");
  completed.forEach((c) => parseIsoDate(c.completedOn, `the completion date of review "${c.reviewId}"`));
  const known = completed.filter((c) => compareIsoDates(c.completedOn, asOf) <= 0);
  const completionsOf = (reviewId: string) => known.filter((c) => c.reviewId === reviewId);
  const applies = (when: WindowedReview["when"]) => matchesSelector(when, { facts: arrangement.facts, category: arrangement.category }, pack);

  const windowed: Array<[string, WindowedReview | undefined]> = [
    [registerReviewId, pack.reviews.registerReview],
    [governanceAssuranceId, pack.reviews.governanceAssurance],
  ];
  const entries: CalendarEntry[] = [];
  for (const [reviewId, review] of windowed) {
    if (!review || !applies(review.when)) continue;
    const completions = completionsOf(reviewId);
    for (const c of completions) {
      if (c.periodKey !== undefined && !yearKey.test(c.periodKey)) {
        throw new RangeError(`review "${reviewId}" done on ${c.completedOn} names period "${c.periodKey}"; its periods are years like 2026`);
      }
    }
    entries.push(windowedEntry({ reviewId, review, startDate: arrangement.startDate, asOf, completions }));
  }
  for (const cycle of pack.reviews.cycles) {
    if (!applies(cycle.when)) continue;
    entries.push(cycleEntry({ cycle, startDate: arrangement.startDate, asOf, completions: completionsOf(cycle.id) }));
  }
  return entries;
}

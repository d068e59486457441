import { explain } from "../engine/explain";
import { DomainError } from "../errors";
import { factsOfRecord } from "../facts/record-facts";
import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Arrangement } from "../records/arrangement";
import type { Evaluation } from "../records/evaluation";
import type { Review } from "../records/review";
import type { CalendarEntry } from "../review-calendar/calendar-types";
import { completedReviewsOf } from "./completed-reviews";

/** The pack's review calendar for one arrangement on `asOf`, from its record and its completed reviews. */
export function arrangementReviewCalendar(
  pack: PolicyPack,
  arrangement: Partial<Arrangement>,
  evaluations: readonly Partial<Evaluation>[],
  reviews: readonly Partial<Review>[],
  asOf: string,
): { ok: true; entries: CalendarEntry[] } | { ok: false; problem: string } {
  const found = factsOfRecord(pack, arrangement, evaluations);
  if (!found) return { ok: false, problem: "it has no kind of arrangement, so the council's policy cannot be applied to it" };
  const completed = completedReviewsOf(pack, arrangement.startDate, reviews);
  try {
    return { ok: true, entries: explain(pack, found.facts, { asOf, completed }).reviews };
  } catch (error) {
    if (error instanceof DomainError || error instanceof RangeError) return { ok: false, problem: error.message };
    throw error;
  }
}

import { explain } from "../../../domain/engine/explain";
import type { Explanation } from "../../../domain/engine/explanation";
import { DomainError } from "../../../domain/errors";
import { factsOfRecord } from "../../../domain/facts/record-facts";
import { completedReviewsOf } from "../../../domain/review-forms/completed-reviews";
import type { PolicyPack } from "../../../domain/policy-pack/pack-schema";
import type { Arrangement } from "../../../domain/records/arrangement";
import type { Evaluation } from "../../../domain/records/evaluation";
import type { Review } from "../../../domain/records/review";

export type ExplainedRecord =
  | { ok: true; explanation: Explanation; factsFrom: "evaluation" | "record" }
  | { ok: false; problem: string };

/** What the council's pack says about this arrangement today, or why it cannot say. */
export function explainRecord(
  pack: PolicyPack,
  arrangement: Partial<Arrangement>,
  evaluations: readonly Partial<Evaluation>[],
  reviews: readonly Partial<Review>[],
  today: string,
): ExplainedRecord {
  const found = factsOfRecord(pack, arrangement, evaluations);
  if (!found) return { ok: false, problem: "The record has no kind of arrangement, so the council's policy cannot be applied to it." };
  // Each completed item pinned to the period its due date names (src/domain/review-forms).
  const completed = completedReviewsOf(pack, arrangement.startDate, reviews);
  try {
    return { ok: true, explanation: explain(pack, found.facts, { asOf: today, completed }), factsFrom: found.from };
  } catch (error) {
    // A pack without a rule for this arrangement, or a date that cannot exist: say so, keep the page.
    if (error instanceof DomainError || error instanceof RangeError) return { ok: false, problem: error.message };
    throw error;
  }
}

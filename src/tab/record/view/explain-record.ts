import { explain } from "../../../domain/engine/explain";
import type { Explanation } from "../../../domain/engine/explanation";
import { DomainError } from "../../../domain/errors";
import { parseFacts, type Facts } from "../../../domain/facts/facts";
import type { PolicyPack } from "../../../domain/policy-pack/pack-schema";
import type { Arrangement } from "../../../domain/records/arrangement";
import type { Evaluation } from "../../../domain/records/evaluation";
import type { Review } from "../../../domain/records/review";

export type ExplainedRecord =
  | { ok: true; explanation: Explanation; factsFrom: "evaluation" | "record" }
  | { ok: false; problem: string };

/**
 * The facts the pack's rules test: those the evaluation stated (the wizard stores them with its
 * answers, so the category can be worked out again), else what the register entry itself says.
 */
export function factsOfRecord(
  pack: PolicyPack,
  arrangement: Partial<Arrangement>,
  evaluations: readonly Partial<Evaluation>[],
): { facts: Facts; from: "evaluation" | "record" } | undefined {
  const startDate = arrangement.startDate ? { startDate: arrangement.startDate } : {};
  for (const evaluation of evaluations) {
    const stored = evaluation.answers?.facts;
    if (stored === undefined) continue;
    const parsed = parseFacts(stored, pack);
    if (parsed.ok) return { facts: { ...startDate, ...parsed.facts }, from: "evaluation" };
  }
  if (!arrangement.kind) return undefined;
  const fromRecord: Facts = { kind: arrangement.kind, ...startDate };
  if (arrangement.subtype) fromRecord.subtype = arrangement.subtype;
  if (arrangement.councilContribution !== undefined) fromRecord.councilResource = arrangement.councilContribution;
  if (arrangement.statutory !== undefined) fromRecord.statutory = arrangement.statutory;
  if (arrangement.memberInvolvement !== undefined) fromRecord.memberInvolvement = arrangement.memberInvolvement;
  if (arrangement.publicFacing !== undefined) fromRecord.publicFacing = arrangement.publicFacing;
  return { facts: fromRecord, from: "record" };
}

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
  const completed = reviews.flatMap((r) =>
    r.status === "completed" && r.reviewTypeId && r.completedAt ? [{ reviewId: r.reviewTypeId, completedOn: r.completedAt.slice(0, 10) }] : [],
  );
  try {
    return { ok: true, explanation: explain(pack, found.facts, { asOf: today, completed }), factsFrom: found.from };
  } catch (error) {
    // A pack without a rule for this arrangement, or a date that cannot exist: say so, keep the page.
    if (error instanceof DomainError || error instanceof RangeError) return { ok: false, problem: error.message };
    throw error;
  }
}

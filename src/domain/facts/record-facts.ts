import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Arrangement } from "../records/arrangement";
import type { Evaluation } from "../records/evaluation";
import { parseFacts, type Facts } from "./facts";

/**
 * The facts the pack's rules test for an arrangement on the register: those its evaluation
 * stated (the wizard stores them with its answers, so the category can be worked out again),
 * else what the register entry itself says. Undefined when the entry has no kind.
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

import type { Facts } from "../domain/facts/facts";
import type { Subject } from "../domain/policy-pack/match-selector";
import type { Arrangement } from "../domain/records/arrangement";

/**
 * What a pack's publication selector is tested against: the facts the register row itself
 * records. A condition on a fact the register does not hold (one only the wizard asks) finds it
 * "not stated", exactly as the engine would for a proposal that did not say.
 */
export function arrangementSubject(arrangement: Partial<Arrangement>): Subject {
  const facts: Facts = { kind: arrangement.kind ?? "" };
  if (arrangement.subtype !== undefined) facts.subtype = arrangement.subtype;
  if (arrangement.councilContribution !== undefined) facts.councilResource = arrangement.councilContribution;
  if (arrangement.statutory !== undefined) facts.statutory = arrangement.statutory;
  if (arrangement.memberInvolvement !== undefined) facts.memberInvolvement = arrangement.memberInvolvement;
  if (arrangement.publicFacing !== undefined) facts.publicFacing = arrangement.publicFacing;
  if (arrangement.startDate !== undefined) facts.startDate = arrangement.startDate;
  return { facts, category: arrangement.category ?? null };
}

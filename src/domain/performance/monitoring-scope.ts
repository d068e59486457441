import type { Facts } from "../facts/facts";
import { matchesSelector } from "../policy-pack/match-selector";
import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Selector } from "../policy-pack/selector";
import type { Arrangement } from "../records/arrangement";

type ArrangementFacts = Pick<Partial<Arrangement>, "kind" | "subtype" | "category" | "councilContribution" | "statutory" | "memberInvolvement" | "publicFacing">;

/** What the pack's monitoring selectors test: the register entry's kind, category and stated facts. */
function subjectOf(arrangement: ArrangementFacts) {
  if (!arrangement.kind) return undefined;
  const facts: Facts = { kind: arrangement.kind };
  if (arrangement.subtype) facts.subtype = arrangement.subtype;
  if (arrangement.councilContribution !== undefined) facts.councilResource = arrangement.councilContribution;
  if (arrangement.statutory !== undefined) facts.statutory = arrangement.statutory;
  if (arrangement.memberInvolvement !== undefined) facts.memberInvolvement = arrangement.memberInvolvement;
  if (arrangement.publicFacing !== undefined) facts.publicFacing = arrangement.publicFacing;
  return { facts, category: arrangement.category ?? null };
}

function matchesAny(selectors: readonly Selector[] | undefined, arrangement: ArrangementFacts, pack: PolicyPack): boolean {
  const subject = subjectOf(arrangement);
  return subject !== undefined && (selectors ?? []).some((s) => matchesSelector(s, subject, pack));
}

/** Are this arrangement's risks also for the council's corporate risk register (joint-working code 9(vi))? */
export const forCorporateRiskRegister = (pack: PolicyPack, arrangement: ArrangementFacts): boolean =>
  matchesAny(pack.monitoring?.corporateRiskRegister?.when, arrangement, pack);

/** Is this one of the key partnerships in the executive's bi-annual performance report? */
export const isKeyPartnership = (pack: PolicyPack, arrangement: ArrangementFacts): boolean =>
  matchesAny(pack.monitoring?.keyPartnerships?.when, arrangement, pack);

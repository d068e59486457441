import type { Facts } from "../facts/facts";
import type { PolicyPack } from "./pack-schema";
import type { Selector } from "./selector";
import { evaluateCondition } from "./evaluate-condition";

/** What a selector is tested against: the proposal's facts and the category the engine reached. */
export interface Subject {
  facts: Facts;
  category: string | null;
}

export function matchesSelector(selector: Selector, subject: Subject, pack?: PolicyPack): boolean {
  const { facts, category } = subject;
  if (selector.kinds && !selector.kinds.includes(facts.kind)) return false;
  if (selector.subtypes && (facts.subtype === undefined || !selector.subtypes.includes(facts.subtype))) return false;
  if (selector.categories && !selector.categories.includes(category)) return false;
  if (selector.condition && !evaluateCondition(selector.condition, facts, pack).holds) return false;
  return true;
}

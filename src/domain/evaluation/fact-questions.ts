import type { Condition } from "../policy-pack/condition";
import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Selector } from "../policy-pack/selector";
import { factDefinitions } from "../facts/facts";
import type { FactDefinition } from "../facts/fact-vocabulary";

/** A fact the significance step asks, with the first pack rule that tests it. */
export interface FactQuestion extends FactDefinition {
  /** The first rule that tests it; absent for a fact the pack declares but no rule tests. */
  cite?: string;
  /** A rule tests it, so the outcome depends on the answer and submit waits for one. */
  required: boolean;
}

/** Facts the wizard answers on other steps or that are not questions (kind, scorecard…). */
const answeredElsewhere = new Set(["kind", "subtype", "exclusions", "scorecard", "startDate", "asOf"]);

const factsIn = (condition: Condition): string[] =>
  "all" in condition ? condition.all.flatMap(factsIn)
    : "any" in condition ? condition.any.flatMap(factsIn)
      : "not" in condition ? factsIn(condition.not)
        : [condition.fact];

const forKind = (selector: Selector, kind: string, subtype: string | undefined) =>
  (!selector.kinds || selector.kinds.includes(kind)) &&
  (!selector.subtypes || subtype === undefined || selector.subtypes.includes(subtype));

/**
 * The facts the pack's rules test for this kind of arrangement: its categorisation rules and the
 * selectors of its section rules, routes, evaluation participants, requirements and checklists.
 * Asking exactly these means the category, sections and route the officer sees rest on answers,
 * never on a question nobody asked. Order: categorisation first, as the frameworks read; then
 * the pack's own declared facts that no rule tests (asked, not required).
 */
export function factQuestions(pack: PolicyPack, kind: string, subtype?: string): FactQuestion[] {
  const tested: { fact: string; cite: string }[] = [];
  const add = (condition: Condition | undefined, cite: string) => {
    if (condition) for (const fact of factsIn(condition)) tested.push({ fact, cite });
  };
  for (const entry of pack.categorisation) {
    if (!entry.kinds.includes(kind) || (entry.subtypes && subtype !== undefined && !entry.subtypes.includes(subtype))) continue;
    for (const rule of entry.rules) add(rule.when, rule.cite);
  }
  const selectors: { when: Selector; cite: string }[] = [
    ...pack.sectionRules,
    ...pack.routes,
    ...pack.evaluationParticipants,
    ...[pack.requirements.exitStrategy, pack.requirements.riskAssessment].filter((r) => r !== undefined),
    ...pack.checklists,
  ];
  for (const { when, cite } of selectors) if (forKind(when, kind, subtype)) add(when.condition, cite);

  const definitions = new Map(factDefinitions(pack).map((f) => [f.id, f]));
  const seen = new Set<string>();
  const questions: FactQuestion[] = [];
  for (const { fact, cite } of tested) {
    const definition = definitions.get(fact);
    if (seen.has(fact) || answeredElsewhere.has(fact) || !definition) continue;
    seen.add(fact);
    questions.push({ ...definition, cite, required: true });
  }
  // A fact the pack declares is a question its framework asks, even if no rule tests it yet.
  for (const fact of pack.facts) {
    if (seen.has(fact.id)) continue;
    seen.add(fact.id);
    questions.push({ id: fact.id, label: fact.label, type: fact.type, description: fact.description, required: false });
  }
  return questions;
}

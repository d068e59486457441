import type { Condition, FactTest } from "./condition";
import { factDefinitions, type Facts } from "../facts/facts";
import { formatMoney } from "../facts/fact-vocabulary";
import type { PolicyPack } from "./pack-schema";

/** The outcome of testing a condition, with the words that explain why it held. */
export interface ConditionResult {
  holds: boolean;
  /** Plain-English reasons for the outcome: for `any`, the branches that held; for `all`, every branch. */
  because: string[];
}

export function evaluateCondition(condition: Condition, facts: Facts, pack?: PolicyPack): ConditionResult {
  if ("all" in condition) {
    const parts = condition.all.map((c) => evaluateCondition(c, facts, pack));
    const failed = parts.filter((p) => !p.holds);
    return failed.length === 0
      ? { holds: true, because: parts.flatMap((p) => p.because) }
      : { holds: false, because: failed.flatMap((p) => p.because) };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => evaluateCondition(c, facts, pack));
    const held = parts.filter((p) => p.holds);
    return held.length > 0
      ? { holds: true, because: held.flatMap((p) => p.because) }
      : { holds: false, because: parts.flatMap((p) => p.because) };
  }
  if ("not" in condition) {
    const inner = evaluateCondition(condition.not, facts, pack);
    return { holds: !inner.holds, because: inner.because };
  }
  return testFact(condition, facts, pack);
}

function testFact(test: FactTest, facts: Facts, pack?: PolicyPack): ConditionResult {
  const definition = factDefinitions(pack).find((f) => f.id === test.fact);
  const label = definition?.label ?? test.fact;
  const actual = facts[test.fact];
  const show = (v: unknown) => (definition?.type === "money" && typeof v === "number" ? formatMoney(v) : String(v));
  const holds = compare(test, actual);
  const said = actual === undefined ? `${label} not stated` : undefined;
  switch (test.op) {
    case "true":
      return { holds, because: [holds ? label : said ?? `not ${label}`] };
    case "false":
      return { holds, because: [holds ? `not ${label}` : label] };
    case "gte":
      return { holds, because: [said ?? `${label} ${show(actual)} is ${holds ? "at least" : "less than"} ${show(test.value)}`] };
    case "gt":
      return { holds, because: [said ?? `${label} ${show(actual)} is ${holds ? "more than" : "not more than"} ${show(test.value)}`] };
    case "lte":
      return { holds, because: [said ?? `${label} ${show(actual)} is ${holds ? "at most" : "more than"} ${show(test.value)}`] };
    case "lt":
      return { holds, because: [said ?? `${label} ${show(actual)} is ${holds ? "less than" : "at least"} ${show(test.value)}`] };
    case "eq":
      return { holds, because: [said ?? `${label} is ${show(actual)}`] };
    case "ne":
      return { holds, because: [said ?? `${label} is ${show(actual)}`] };
    case "in":
      return { holds, because: [said ?? `${label} is ${show(actual)}`] };
    case "includes":
      return { holds, because: [`${label} ${holds ? "include" : "do not include"} ${show(test.value)}`] };
  }
}

function compare(test: FactTest, actual: unknown): boolean {
  const value = test.value;
  switch (test.op) {
    case "true":
      return actual === true;
    case "false":
      return actual !== true;
    case "eq":
      return actual === value;
    case "ne":
      return actual !== value;
    case "gt":
      return typeof actual === "number" && typeof value === "number" && actual > value;
    case "gte":
      return typeof actual === "number" && typeof value === "number" && actual >= value;
    case "lt":
      return typeof actual === "number" && typeof value === "number" && actual < value;
    case "lte":
      return typeof actual === "number" && typeof value === "number" && actual <= value;
    case "in":
      return Array.isArray(value) && (value as unknown[]).includes(actual);
    case "includes":
      return Array.isArray(actual) && (actual as unknown[]).includes(value);
  }
}

/** Every fact id a condition mentions (for validating packs). */
export function factsMentioned(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(factsMentioned);
  if ("any" in condition) return condition.any.flatMap(factsMentioned);
  if ("not" in condition) return factsMentioned(condition.not);
  return [condition.fact];
}

import type { PolicyPack } from "../policy-pack/pack-schema";
import { factDefinitions } from "../facts/facts";
import { isRealDate } from "./answers-to-facts";
import type { EvaluationAnswers, MoneyAnswers } from "./evaluation-answers";
import type { StepId } from "./wizard-steps";

/**
 * Something the officer must add or fix before submitting, said where it was made: the step,
 * the field (a dotted path into the answers, e.g. `basics.startDate`, `risks.2.impact`,
 * `sections.exit-strategy`) and a plain-English message, citing the rule where there is one.
 */
export interface Missing {
  stepId: StepId;
  field: string;
  message: string;
}

/** A value that is there but wrong (a date that does not exist, a negative sum…). */
export type FieldProblem = Missing;

const moneyLabels: Record<Exclude<keyof MoneyAnswers, "notes">, string> = {
  councilMoney: "Council money",
  staffTime: "Staff time",
  assets: "Assets",
  externalFunding: "External funding",
  exitCosts: "Exit costs",
};

const oneToFive = (v: number | undefined) => v === undefined || (Number.isInteger(v) && v >= 1 && v <= 5);

/**
 * Field-level checks, run as the officer types and again at submit. Unanswered fields are not
 * problems here (`findMissing` says what is still needed); only values that cannot stand are.
 */
export function fieldProblems(pack: PolicyPack, answers: EvaluationAnswers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (stepId: StepId, field: string, message: string) => problems.push({ stepId, field, message });

  for (const id of answers.screening?.exclusions ?? []) {
    if (!pack.screening.exclusions.some((e) => e.id === id)) {
      add("screening", "screening.exclusions", `"${id}" is not one of ${pack.name}'s screening questions any more; untick it.`);
    }
  }

  const chosenKind = answers.kind?.kind;
  if (chosenKind !== undefined) {
    const kind = pack.kinds.find((k) => k.id === chosenKind);
    if (!kind) {
      add("kind", "kind.kind", `"${chosenKind}" is not a kind of arrangement in ${pack.name}; choose one of ${pack.kinds.map((k) => k.name).join(", ")}.`);
    } else if (answers.kind?.subtype !== undefined && !(kind.subtypes ?? []).some((s) => s.id === answers.kind?.subtype)) {
      add("kind", "kind.subtype", `"${answers.kind.subtype}" is not a type of ${kind.name.toLowerCase()} in ${pack.name}; choose again.`);
    }
  }

  const basics = answers.basics ?? {};
  if (basics.name !== undefined && basics.name.length > 255) add("basics", "basics.name", "Keep the name to 255 characters or fewer.");
  if (basics.partners?.some((p) => !p.trim())) add("basics", "basics.partners", "Remove the empty partner, or type the organisation's name.");
  const start = basics.startDate?.trim() ? basics.startDate : undefined;
  const end = basics.plannedEndDate?.trim() ? basics.plannedEndDate : undefined;
  if (start !== undefined && !isRealDate(start)) add("basics", "basics.startDate", "Enter the start date as a real date, like 2026-04-01.");
  if (end !== undefined && !isRealDate(end)) add("basics", "basics.plannedEndDate", "Enter the planned end date as a real date, like 2027-03-31.");
  if (isRealDate(start) && isRealDate(end) && end < start) {
    add("basics", "basics.plannedEndDate", "The planned end date is before the start date.");
  }

  const money = answers.money ?? {};
  for (const [key, label] of Object.entries(moneyLabels) as [keyof typeof moneyLabels, string][]) {
    const value = money[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value)) add("benefits-costs", `money.${key}`, `${label} must be an amount in pounds, like 12000.`);
    else if (value < 0) add("benefits-costs", `money.${key}`, `${label} cannot be negative: enter the amount in pounds a year.`);
  }

  const definitions = new Map(factDefinitions(pack).map((f) => [f.id, f]));
  for (const [key, value] of Object.entries(answers.significance?.facts ?? {})) {
    const definition = definitions.get(key);
    const field = `significance.facts.${key}`;
    if (!definition) continue; // a fact a later pack dropped: ignored, not lost
    if (definition.type === "boolean" && typeof value !== "boolean") add("significance", field, `Answer yes or no: ${definition.label}.`);
    if ((definition.type === "money" || definition.type === "number") && (typeof value !== "number" || !Number.isFinite(value) || value < 0)) {
      add("significance", field, `Enter ${definition.label} as ${definition.type === "money" ? "an amount in pounds, like 50000" : "a number"}.`);
    }
  }

  (answers.risks ?? []).forEach((risk, i) => {
    const n = i + 1;
    if (!oneToFive(risk.likelihood)) add("risks", `risks.${i}.likelihood`, `Risk ${n}: likelihood is scored from 1 (rare) to 5 (almost certain).`);
    if (!oneToFive(risk.impact)) add("risks", `risks.${i}.impact`, `Risk ${n}: impact is scored from 1 (negligible) to 5 (severe).`);
  });

  return problems;
}

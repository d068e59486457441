import type { Facts } from "../facts/facts";
import type { EvaluationAnswers, MoneyAnswers } from "./evaluation-answers";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day that exists (2026-02-30 does not), as the review calendar needs. */
export const isRealDate = (value: string | undefined): value is string =>
  value !== undefined && isoDay.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The council resource the money step adds up to: money, staff time and assets the council commits
 * a year (the core fact's own definition). Undefined while none of them is filled in.
 */
export function councilResourceFrom(money: MoneyAnswers | undefined): number | undefined {
  const parts = [money?.councilMoney, money?.staffTime, money?.assets].filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return parts.length ? parts.reduce((sum, v) => sum + v, 0) : undefined;
}

/**
 * The facts the policy engine (`explain`) tests, read from the wizard's answers. What the officer
 * stated on the significance step wins; otherwise a fact another step answers is taken from there
 * (the council resource from the money step, member involvement from the basics). Only answered
 * facts are set, so a rule testing an unanswered fact simply does not hold. `kind` is "" until the
 * officer chooses one (explain refuses an empty kind; `planWizard` does not call it then).
 */
export function factsFromAnswers(answers: EvaluationAnswers): Facts {
  const stated = answers.significance?.facts ?? {};
  const facts: Facts = { kind: answers.kind?.kind ?? "" };
  if (answers.kind?.subtype) facts.subtype = answers.kind.subtype;
  for (const [key, value] of Object.entries(stated)) {
    if (value !== undefined && value !== "") facts[key] = value;
  }
  if (facts.councilResource === undefined) {
    const resource = councilResourceFrom(answers.money);
    if (resource !== undefined) facts.councilResource = resource;
  }
  if (facts.memberInvolvement === undefined && answers.basics?.memberInvolvement !== undefined) {
    facts.memberInvolvement = answers.basics.memberInvolvement;
  }
  const exclusions = answers.screening?.exclusions ?? [];
  if (exclusions.length) facts.exclusions = [...exclusions];
  const scorecard = answers.significance?.scorecard ?? {};
  if (Object.keys(scorecard).length) facts.scorecard = { ...scorecard };
  if (isRealDate(answers.basics?.startDate)) facts.startDate = answers.basics.startDate;
  return facts;
}

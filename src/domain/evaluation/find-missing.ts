import type { PolicyPack } from "../policy-pack/pack-schema";
import { factsFromAnswers } from "./answers-to-facts";
import type { EvaluationAnswers, RiskAnswer } from "./evaluation-answers";
import { factQuestions } from "./fact-questions";
import { fieldProblems, type Missing } from "./field-problems";
import { describeArrangement, planWizard, stepIds, stepOfSection, type StepId } from "./wizard-steps";

export type { Missing } from "./field-problems";

const filled = (value: string | undefined) => value !== undefined && value.trim() !== "";

/** A risk the register can hold: named, scored and with a mitigation and an owner (default framework 4.13). */
export const isCompleteRisk = (risk: RiskAnswer): boolean =>
  filled(risk.title) && risk.likelihood !== undefined && risk.impact !== undefined && filled(risk.mitigation) && risk.owner !== undefined;

/**
 * Steps whose own fields are how the wizard answers a pack section placed on them: the basics (the
 * purpose, outcomes and partners), the risks listed, the exit plan, the alternatives. A required
 * section there is asked for through the first of those fields still empty, not as a second box.
 * Sections on other steps (benefits and costs, considerations, governance) have their own box.
 */
function structuredGap(step: StepId, answers: EvaluationAnswers): { field: string; ask: string } | null | undefined {
  const b = answers.basics ?? {};
  switch (step) {
    case "basics":
      if (!filled(b.purpose)) return { field: "basics.purpose", ask: "Say what the arrangement is for" };
      if (!filled(b.outcomes)) return { field: "basics.outcomes", ask: "Say what outcomes are expected" };
      if (!(b.partners ?? []).some(filled)) return { field: "basics.partners", ask: "Name at least one partner organisation" };
      return null;
    case "risks":
      return (answers.risks ?? []).some(isCompleteRisk) ? null : { field: "risks", ask: "Add at least one risk with its likelihood, impact, mitigation and owner" };
    case "exit":
      return filled(answers.exit?.how) ? null : { field: "exit.how", ask: "Say how the council would leave" };
    case "alternatives":
      return filled(answers.alternatives?.text) ? null : { field: "alternatives.text", ask: "Say what alternatives were considered and why this is better" };
    default:
      return undefined;
  }
}

/**
 * Everything that stops the evaluation being submitted, in wizard order, each in plain English
 * with the framework rule that asks for it — the list the review step shows and links, and the
 * check submission repeats. Field problems (a date that does not exist…) are included.
 */
export function findMissing(pack: PolicyPack, answers: EvaluationAnswers, today: string): Missing[] {
  const missing: Missing[] = [...fieldProblems(pack, answers)];
  const add = (stepId: StepId, field: string, message: string) => missing.push({ stepId, field, message });
  const plan = planWizard(pack, answers, today);
  const screeningCite = pack.screening.cite;

  if (plan.screenedOut) {
    const { label, alternative, cite } = plan.screenedOut;
    add("screening", "screening.exclusions", `${label}: this is not a partnership, so it cannot be submitted as one — ${alternative} Record it as screened out instead (${cite}).`);
    return order(missing);
  }
  if (answers.screening?.confirmedNone !== true) {
    add("screening", "screening.confirmedNone", `Confirm that none of the screening exclusions applies (${screeningCite}).`);
  }

  const kind = pack.kinds.find((k) => k.id === answers.kind?.kind);
  if (!kind) {
    add("kind", "kind.kind", "Choose the kind of arrangement.");
  } else if ((kind.subtypes ?? []).length && !answers.kind?.subtype) {
    add("kind", "kind.subtype", `Choose which type of ${kind.name.toLowerCase()} it is (${kind.cite}).`);
  }

  const basics = answers.basics ?? {};
  if (!filled(basics.name)) add("basics", "basics.name", "Give the arrangement a name.");
  if (!(basics.partners ?? []).some(filled)) add("basics", "basics.partners", "Name at least one partner organisation.");
  if (!filled(basics.purpose)) add("basics", "basics.purpose", "Say what the arrangement is for.");
  if (!basics.leadOfficer) add("basics", "basics.leadOfficer", "Name the lead officer.");
  if (basics.directorate === undefined) add("basics", "basics.directorate", "Choose the directorate it belongs to: its director is found from it.");
  if (basics.portfolio === undefined) add("basics", "basics.portfolio", "Choose the portfolio it falls under: its portfolio holder is found from it.");
  if (!filled(basics.startDate)) add("basics", "basics.startDate", "Give the date it starts (or is planned to start).");

  if (plan.problem) add("significance", "significance", plan.problem);
  const explanation = plan.explanation;
  if (!kind || !explanation) return order(missing);

  const facts = factsFromAnswers(answers);
  for (const question of factQuestions(pack, kind.id, answers.kind?.subtype)) {
    if (question.required && facts[question.id] === undefined) {
      const ask = question.type === "boolean" ? `Say yes or no to “${question.label}”` : `Enter the ${question.label}`;
      add("significance", `significance.facts.${question.id}`, `${ask}${question.cite ? ` (${question.cite})` : ""}.`);
    }
  }
  if (explanation.score) {
    const scorecard = answers.significance?.scorecard ?? {};
    const unanswered = explanation.score.criteria.filter((c) => scorecard[c.id] === undefined);
    if (unanswered.length) {
      add("significance", "significance.scorecard", `Answer every scorecard question — ${unanswered.length} of ${explanation.score.criteria.length} still open (${explanation.score.cite}).`);
    }
  }

  const who = describeArrangement(explanation);
  const { riskAssessment, exitStrategy } = explanation.requirements;
  if (riskAssessment.required && !(answers.risks ?? []).some(isCompleteRisk)) {
    add("risks", "risks", `Add at least one risk with its likelihood, impact, mitigation and owner — a risk assessment is required for ${who} (${riskAssessment.cite}).`);
  }
  (answers.risks ?? []).forEach((risk, i) => {
    const started = filled(risk.title) || risk.likelihood !== undefined || risk.impact !== undefined || filled(risk.mitigation) || risk.owner !== undefined;
    if (!started || isCompleteRisk(risk)) return;
    const gaps = [!filled(risk.title) && "a title", risk.likelihood === undefined && "a likelihood", risk.impact === undefined && "an impact", !filled(risk.mitigation) && "a mitigation", !risk.owner && "an owner"].filter(Boolean);
    add("risks", `risks.${i}`, `Risk ${i + 1} needs ${joinAnd(gaps as string[])}, or remove it.`);
  });
  if (exitStrategy.required) {
    if (!filled(answers.exit?.how)) {
      add("exit", "exit.how", `Say how the council would leave — the exit strategy is required for ${who} (${exitStrategy.cite}).`);
    }
    if (!answers.exit?.instigator) {
      add("exit", "exit.instigator", `Name who at the council would instigate exit — the exit strategy must say so for ${who} (${exitStrategy.cite}).`);
    }
  }

  const sectionsCite = explanation.sections.cite ? ` (${explanation.sections.cite})` : "";
  for (const section of explanation.sections.required) {
    const step = stepOfSection(pack, section.id);
    const gap = structuredGap(step, answers);
    if (gap === null || filled(answers.sections?.[section.id]?.text)) continue;
    if (gap) {
      add(step, gap.field, `${gap.ask} — the ${section.name} section is required for ${who}${sectionsCite}.`);
      continue;
    }
    const description = pack.sections.find((s) => s.id === section.id)?.description;
    add(step, `sections.${section.id}`, `Write the ${section.name} section${description ? ` (${description})` : ""} — it is required for ${who}${sectionsCite}.`);
  }
  return order(onePerField(missing));
}

/** One message per field: the first said (the general rule, or the requirement's own cite) stands. */
const onePerField = (missing: Missing[]) => missing.filter((m, i) => missing.findIndex((n) => n.field === m.field) === i);

const joinAnd = (parts: string[]) => (parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);

/** Wizard order, so the review page lists what is missing as the officer meets it. */
const order = (missing: Missing[]) => [...missing].sort((a, b) => stepIds.indexOf(a.stepId) - stepIds.indexOf(b.stepId));

import type { EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import type { WizardPlan, WizardStep } from "../../domain/evaluation/wizard-steps";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { WizardChoices } from "./read-wizard-choices";

/** What every step gets: the answers and a way to change them, the pack and the plan in hand. */
export interface StepProps {
  answers: EvaluationAnswers;
  update: (change: (answers: EvaluationAnswers) => EvaluationAnswers) => void;
  pack: PolicyPack;
  plan: WizardPlan;
  step: WizardStep;
  choices: WizardChoices | null;
  /** Field path → the message to show at it (problems always; what is missing once the step was left). */
  messages: Readonly<Record<string, string>>;
}

/** Fluent `Field` props for a field path: the plain-English message, if any, shown as an error. */
export const fieldState = (messages: Readonly<Record<string, string>>, field: string) =>
  messages[field] ? { validationState: "error" as const, validationMessage: messages[field] } : {};

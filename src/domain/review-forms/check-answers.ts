import { commentKey, isAssuranceAnswer } from "../governance-rating/assurance-answer";
import type { ReviewForm } from "./review-form";

export interface AnswerProblem {
  /** A question id, or "outcome". */
  field: string;
  message: string;
}

/**
 * What stops a review being completed: every question answered (yes / in part / no for yes/no
 * questions, some words for the others) and, where the pack lists outcomes, one of them chosen
 * (joint-working code 6(vi)). A draft may be saved with anything missing; completing may not.
 */
export function checkAnswersComplete(form: ReviewForm, answers: Readonly<Record<string, unknown>>, outcome: string | undefined): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  form.questions.forEach((q, index) => {
    const answer = answers[q.id];
    const number = `Question ${index + 1}`;
    if (q.answer === "yes-no") {
      if (!isAssuranceAnswer(answer)) problems.push({ field: q.id, message: `${number}: choose Yes, In part or No.` });
      return;
    }
    if (typeof answer !== "string" || answer.trim() === "") problems.push({ field: q.id, message: `${number}: write an answer.` });
  });
  if (form.outcomes.length > 0 && !form.outcomes.some((o) => o.id === outcome)) {
    problems.push({ field: "outcome", message: "Choose the outcome the review reached." });
  }
  return problems;
}

/** Only the answers the form asks for (and their comments), trimmed: nothing stray is stored. */
export function keepFormAnswers(form: ReviewForm, answers: Readonly<Record<string, unknown>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const q of form.questions) {
    for (const key of [q.id, commentKey(q.id)]) {
      const value = answers[key];
      if (typeof value === "string" && value.trim() !== "") kept[key] = value.trim();
    }
  }
  return kept;
}

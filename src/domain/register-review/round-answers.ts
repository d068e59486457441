import type { WindowedReview } from "../policy-pack/pack-schema";

/** What an officer says to one of the pack's questions: yes or no, and a note if they wish. */
export interface RoundAnswer {
  answer: "yes" | "no";
  note?: string;
}

export interface AnswerProblem {
  questionId: string;
  message: string;
}

const noteLimit = 2000;

/**
 * The answers a confirmation needs: one to each question the pack's register review asks
 * (default framework 6.6, 5.2b; joint-working code 4(i), 11(iii)). A "no" needs a note saying what is wrong, so
 * the Change Manager can act on it. Every problem is named, against its question.
 */
export function checkRoundAnswers(review: Pick<WindowedReview, "questions">, answers: Readonly<Record<string, RoundAnswer | undefined>>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const q of review.questions) {
    const given = answers[q.id];
    if (!given || (given.answer !== "yes" && given.answer !== "no")) problems.push({ questionId: q.id, message: `Answer "${q.text}"` });
    else if (given.answer === "no" && !given.note?.trim()) problems.push({ questionId: q.id, message: `Say what is wrong: you answered no to "${q.text}"` });
    else if ((given.note?.length ?? 0) > noteLimit) problems.push({ questionId: q.id, message: `Keep the note to ${noteLimit} characters or fewer` });
  }
  const known = new Set(review.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) problems.push({ questionId: id, message: `"${id}" is not a question this review asks` });
  return problems;
}

/** The answers as the Reviews list keeps them: the words an officer would write, e.g. "Yes." or "No: the budget changed". */
export function storedAnswers(review: Pick<WindowedReview, "questions">, answers: Readonly<Record<string, RoundAnswer | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of review.questions) {
    const given = answers[q.id];
    if (!given) continue;
    const word = given.answer === "yes" ? "Yes" : "No";
    out[q.id] = given.note?.trim() ? `${word}: ${given.note.trim()}` : `${word}.`;
  }
  return out;
}

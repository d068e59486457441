import { forwardRef } from "react";
import type { AnswerProblem } from "../../domain/review-forms/check-answers";
import { ProblemSummary } from "../ui/problem-summary";

/** What stops the review being completed, each a link to its question (focused when shown). */
export const ReviewProblems = forwardRef<HTMLDivElement, { problems: readonly AnswerProblem[]; fieldId: (field: string) => string }>(function ReviewProblems({ problems, fieldId }, ref) {
  return (
    <ProblemSummary
      ref={ref}
      id="review-problems"
      level={2}
      title={problems.length === 1 ? "One answer is missing; the review is not completed yet" : `${problems.length} answers are missing; the review is not completed yet`}
      problems={problems.map((p) => ({ key: p.field, text: p.message, targetId: fieldId(p.field) }))}
    />
  );
});

import { DomainError } from "../errors";
import type { AnswerProblem } from "./check-answers";

/** A review cannot be completed as it stands: each problem names the question it is about. */
export class ReviewFormError extends DomainError {
  constructor(
    message: string,
    readonly problems: readonly AnswerProblem[] = [],
  ) {
    super("review-form", message);
  }

  static is(error: unknown): error is ReviewFormError {
    return error instanceof ReviewFormError;
  }

  static incomplete(problems: readonly AnswerProblem[]): ReviewFormError {
    return new ReviewFormError(`The review cannot be completed yet: ${problems.map((p) => p.message).join(" ")} Your answers are kept; save a draft to finish later.`, problems);
  }
}

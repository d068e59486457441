import type { SPFI } from "@pnp/sp";
import type { PersonRef } from "../../domain/records/person-ref";
import { DomainError } from "../../domain/errors";
import { checkRoundAnswers, storedAnswers, type RoundAnswer } from "../../domain/register-review/round-answers";
import { registerReviewRound, registerReviewTypeId, roundYearOf } from "../../domain/register-review/round-period";
import { arrangementEditors } from "../authorise/arrangement-editors";
import { readActivePolicy } from "../read-active-policy";
import { repositoryFor } from "../repositories";
import { roundReviewColumns } from "./read-round";

/** A confirmation the officer must put right before it can be saved; each problem names its question. */
export class RoundAnswerError extends DomainError {
  constructor(readonly problems: { questionId: string; message: string }[]) {
    super("round-answers", problems.map((p) => p.message).join("; "));
  }

  static is(error: unknown): error is RoundAnswerError {
    return error instanceof RoundAnswerError;
  }
}

export interface ConfirmRequest {
  reviewId: number;
  /** The ETag the officer's screen showed: a review someone else has just changed is not overwritten. */
  etag: string;
  answers: Record<string, RoundAnswer>;
  actor: PersonRef;
  /** When it was confirmed; now unless a test says otherwise. */
  at?: Date;
}

/**
 * A lead officer confirms their entry in a year's register review (default framework 6.6): the review is
 * completed with who and when and the answers to the pack's questions, in one audited write.
 * Who may confirm is the arrangement's rule (lead officer, sponsoring officer, Change Manager),
 * enforced by the repository; a review already confirmed is left as it is.
 */
export async function confirmRegisterReview(sp: SPFI, request: ConfirmRequest): Promise<{ etag: string; alreadyConfirmed: boolean }> {
  const reviews = repositoryFor(sp, "Reviews", { authorise: arrangementEditors(sp) });
  const [{ pack }, row] = await Promise.all([readActivePolicy(sp), reviews.getById(request.reviewId, roundReviewColumns)]);
  const year = roundYearOf(row.record.period);
  if (row.record.reviewTypeId !== registerReviewTypeId || year === undefined) {
    throw new DomainError("not-register-review", `Review #${request.reviewId} is not part of an annual register review, so it cannot be confirmed here.`);
  }
  if (row.record.status === "completed") return { etag: row.etag, alreadyConfirmed: true };
  const round = registerReviewRound(pack, year);
  const problems = checkRoundAnswers(round.review, request.answers);
  if (problems.length) throw new RoundAnswerError(problems);
  const at = (request.at ?? new Date()).toISOString();
  const { etag } = await reviews.update(
    request.reviewId,
    { status: "completed", completedBy: request.actor, completedAt: at, answers: storedAnswers(round.review, request.answers) },
    request.etag,
    request.actor,
    { reason: `Confirmed in the ${round.review.name} ${round.period} (${round.review.cite})` },
  );
  return { etag, alreadyConfirmed: false };
}

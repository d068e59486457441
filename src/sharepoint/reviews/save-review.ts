import type { SPFI } from "@pnp/sp";
import { rateGovernance, type GovernanceRating } from "../../domain/governance-rating/rate-governance";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { checkAnswersComplete, keepFormAnswers } from "../../domain/review-forms/check-answers";
import { ReviewFormError } from "../../domain/review-forms/review-form-error";
import type { ReviewForm } from "../../domain/review-forms/review-form";
import type { Actor } from "../audit-trail";
import { ukToday } from "../authorise/editor-rule";
import { recordRepositoryFor } from "../record/record-repository";

export interface ReviewAnswers {
  arrangementId: number;
  reviewId: number;
  /** The review's ETag as the form was read: a newer save by someone else is refused, not overwritten. */
  etag: string;
  answers: Readonly<Record<string, unknown>>;
  outcome?: string;
}

const chosenOutcome = (form: ReviewForm, outcome: string | undefined) => (outcome && form.outcomes.some((o) => o.id === outcome) ? { outcome } : {});

/**
 * Keeps the answers so far without completing the review (it becomes "in progress"). Only the
 * form's own answers are stored; the write is ETag-safe and audited, and only the lead officer,
 * sponsoring officer or Change Manager may make it.
 */
export async function saveReviewDraft(sp: SPFI, input: ReviewAnswers, form: ReviewForm, actor: Actor): Promise<{ etag: string }> {
  const { etag } = await recordRepositoryFor(sp, "Reviews").update(
    input.reviewId,
    { answers: keepFormAnswers(form, input.answers), ...chosenOutcome(form, input.outcome), status: "in-progress" },
    input.etag,
    actor,
    { reason: "Review answers saved as a draft" },
  );
  return { etag };
}

export interface CompletedReview {
  etag: string;
  rating?: GovernanceRating;
  /** The arrangement's new ETag, when the rating was written to it. */
  arrangementEtag?: string;
}

/**
 * Completes a review: every question answered and, where the pack lists outcomes, one chosen
 * (ReviewFormError otherwise, with nothing written). Records who completed it and when. A review
 * that rates governance (assurance, a self-assessment) also writes its level and today's date to
 * the arrangement, audited with the reason — the arrangement is re-read first, so the rating
 * never overwrites someone's edit to the entry.
 */
export async function completeReview(sp: SPFI, input: ReviewAnswers, form: ReviewForm, pack: PolicyPack, actor: Actor, now: Date = new Date()): Promise<CompletedReview> {
  const problems = checkAnswersComplete(form, input.answers, input.outcome);
  if (problems.length > 0) throw ReviewFormError.incomplete(problems);
  const answers = keepFormAnswers(form, input.answers);
  const rating = form.ratesGovernance ? rateGovernance(form.questions, answers, pack.reviews.governanceRating) : undefined;
  const { etag } = await recordRepositoryFor(sp, "Reviews").update(
    input.reviewId,
    {
      answers,
      ...chosenOutcome(form, input.outcome),
      status: "completed",
      completedBy: { id: actor.id, ...(actor.title ? { title: actor.title } : {}), ...(actor.email ? { email: actor.email } : {}) },
      completedAt: now.toISOString(),
      ...(rating ? { rating: rating.level } : {}),
    },
    input.etag,
    actor,
    { reason: `${form.name} completed` },
  );
  if (!rating) return { etag };
  const partnerships = recordRepositoryFor(sp, "Partnerships");
  const current = await partnerships.getById(input.arrangementId, ["GovernanceRating", "GovernanceRatingDate"]);
  const written = await partnerships.update(
    input.arrangementId,
    { governanceRating: rating.level, governanceRatingDate: ukToday(now) },
    current.etag,
    actor,
    { reason: `Governance rating from the ${form.name.toLowerCase()}: ${rating.reason}`.slice(0, 255) },
  );
  return { etag, rating, arrangementEtag: written.etag };
}

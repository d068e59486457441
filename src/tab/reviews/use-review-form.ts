import { useState } from "react";
import { rateGovernance, type GovernanceRating } from "../../domain/governance-rating/rate-governance";
import { checkAnswersComplete, type AnswerProblem } from "../../domain/review-forms/check-answers";
import { ReviewFormError } from "../../domain/review-forms/review-form-error";
import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { describeError } from "../../sharepoint/describe-error";
import type { ReviewFormData } from "../../sharepoint/reviews/read-review-form";
import { completeReview, saveReviewDraft } from "../../sharepoint/reviews/save-review";
import { useSession } from "../lib/session/session-context";

export interface ReviewFormState {
  answers: Record<string, string>;
  outcome: string;
  busy: "draft" | "complete" | undefined;
  problems: AnswerProblem[];
  /** Bumped on each failed completion, so the page moves focus to the summary. */
  attempt: number;
  failure?: string;
  conflict?: string;
  saved?: "draft" | "complete";
  rating?: GovernanceRating;
  /** The live level the answers so far would give, for a review that rates governance. */
  preview?: GovernanceRating;
}

const stringAnswers = (answers: Record<string, unknown> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(answers ?? {}).filter((e): e is [string, string] => typeof e[1] === "string"));

/**
 * The review form's state and its two actions. Answers typed stay on screen whatever happens:
 * a refused save (someone else saved first, no permission, SharePoint down) never clears them.
 */
export function useReviewForm(data: ReviewFormData, reload: () => void) {
  const { sp, user } = useSession();
  const form = data.form;
  const [etag, setEtag] = useState(data.review.etag);
  const [answers, setAnswers] = useState<Record<string, string>>(() => stringAnswers(data.review.record.answers));
  const [outcome, setOutcome] = useState(data.review.record.outcome ?? "");
  const [status, setStatus] = useState<Omit<ReviewFormState, "answers" | "outcome" | "preview">>({ busy: undefined, problems: [], attempt: 0 });
  const actor = { id: user.id, title: user.title, email: user.email };
  const input = () => ({ arrangementId: data.arrangement.id, reviewId: data.review.id, etag, answers, ...(outcome ? { outcome } : {}) });
  const failed = (error: unknown) =>
    setStatus((s) => ({ ...s, busy: undefined, ...(ConcurrencyError.is(error) ? { conflict: error.message } : { failure: describeError(error) }) }));

  const change = (key: string, value: string) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    // A question answered drops its own problem at once; the others stay until the next attempt.
    setStatus((s) => ({ ...s, saved: undefined, problems: s.problems.filter((p) => p.field !== key) }));
  };
  const chooseOutcome = (value: string) => {
    setOutcome(value);
    setStatus((s) => ({ ...s, saved: undefined, problems: s.problems.filter((p) => p.field !== "outcome") }));
  };

  const saveDraft = async () => {
    if (!form) return;
    setStatus((s) => ({ ...s, busy: "draft", failure: undefined, conflict: undefined, saved: undefined }));
    try {
      const saved = await saveReviewDraft(sp, input(), form, actor);
      setEtag(saved.etag);
      setStatus((s) => ({ ...s, busy: undefined, saved: "draft" }));
    } catch (error) {
      failed(error);
    }
  };

  const complete = async () => {
    if (!form) return;
    const problems = checkAnswersComplete(form, answers, outcome || undefined);
    if (problems.length > 0) {
      setStatus((s) => ({ ...s, problems, attempt: s.attempt + 1, saved: undefined }));
      return;
    }
    setStatus((s) => ({ ...s, busy: "complete", problems: [], failure: undefined, conflict: undefined, saved: undefined }));
    try {
      const done = await completeReview(sp, input(), form, data.pack, actor);
      setEtag(done.etag);
      setStatus((s) => ({ ...s, busy: undefined, saved: "complete", ...(done.rating ? { rating: done.rating } : {}) }));
    } catch (error) {
      if (ReviewFormError.is(error)) setStatus((s) => ({ ...s, busy: undefined, problems: [...error.problems], attempt: s.attempt + 1 }));
      else failed(error);
    }
  };

  const preview = form?.ratesGovernance ? rateGovernance(form.questions, answers, data.pack.reviews.governanceRating) : undefined;
  const state: ReviewFormState = { ...status, answers, outcome, ...(preview ? { preview } : {}) };
  return { state, change, chooseOutcome, saveDraft, complete, reload };
}

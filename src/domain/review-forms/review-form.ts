import type { PolicyPack, ReviewQuestion } from "../policy-pack/pack-schema";
import { templateForYear } from "../review-calendar/pick-template";
import { governanceAssuranceId, registerReviewId } from "../review-calendar/review-calendar";

export interface ReviewOutcome {
  id: string;
  text: string;
  cite: string;
}

/** What a review asks, read from the council's pack: the one form every review type is drawn from. */
export interface ReviewForm {
  reviewTypeId: string;
  name: string;
  templateId?: string;
  templateName?: string;
  questions: ReviewQuestion[];
  /** The outcomes one of which the review must end in (joint-working code 6(vi)); empty when the pack lists none. */
  outcomes: ReviewOutcome[];
  /** Completing it sets the arrangement's governance rating. */
  ratesGovernance: boolean;
  reportTo?: string;
  cite: string;
}

/**
 * The form for a review type (`governance-assurance`, `register-review` or a cycle id) and, for a
 * cycle with templates, the template the review was scheduled with — or, if none was recorded,
 * the one for `yearOfOperation` (default framework 6.8: comprehensive in years 1–2, focused from year 3).
 * A template's questions come first, then the cycle's own (joint-working code 31(i) asks both).
 * Undefined when the pack has no such review (it may have been renamed since the review was made).
 */
export function reviewFormFor(pack: PolicyPack, reviewTypeId: string, templateId?: string, yearOfOperation?: number): ReviewForm | undefined {
  if (reviewTypeId === governanceAssuranceId || reviewTypeId === registerReviewId) {
    const windowed = reviewTypeId === governanceAssuranceId ? pack.reviews.governanceAssurance : pack.reviews.registerReview;
    if (!windowed) return undefined;
    return {
      reviewTypeId,
      name: windowed.name,
      questions: windowed.questions,
      outcomes: [],
      ratesGovernance: reviewTypeId === governanceAssuranceId || windowed.ratesGovernance === true,
      ...(windowed.reportTo ? { reportTo: windowed.reportTo } : {}),
      cite: windowed.cite,
    };
  }
  const cycle = pack.reviews.cycles.find((c) => c.id === reviewTypeId);
  if (!cycle) return undefined;
  const template =
    (templateId ? cycle.templates.find((t) => t.id === templateId) : undefined) ??
    (yearOfOperation !== undefined ? templateForYear(cycle.templates, yearOfOperation) : undefined);
  return {
    reviewTypeId,
    name: cycle.name,
    ...(template ? { templateId: template.id, templateName: template.name } : {}),
    questions: [...(template?.questions ?? []), ...cycle.questions],
    outcomes: cycle.outcomes,
    ratesGovernance: cycle.ratesGovernance === true,
    cite: template ? `${cycle.cite}; ${template.cite}` : cycle.cite,
  };
}

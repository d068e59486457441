import type { SPFI } from "@pnp/sp";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Review } from "../../domain/records/review";
import { reviewFormFor, type ReviewForm } from "../../domain/review-forms/review-form";
import { yearOfOperation } from "../../domain/review-calendar/year-of-operation";
import { addDays } from "../../domain/review-calendar/days-between";
import { NotFoundError } from "../errors/not-found-error";
import { readActivePolicy } from "../read-active-policy";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

export interface ReviewFormData {
  review: ListRow<Review>;
  arrangement: ListRow<Arrangement>;
  pack: PolicyPack;
  /** Undefined when the pack no longer has this review type; the page says so and keeps the answers. */
  form?: ReviewForm;
  /** The year of operation the review looks back on (default framework 6.8), when the arrangement has a start date. */
  yearOfOperation?: number;
}

/**
 * One review with its arrangement and the form the council's pack draws for it. The template is
 * the one recorded when the review was scheduled; for an item typed into SharePoint without one,
 * the year of operation that ends on its due date picks it, as the calendar does.
 */
export async function readReviewForm(sp: SPFI, arrangementId: number, reviewId: number): Promise<ReviewFormData> {
  const [review, { pack }] = await Promise.all([repositoryFor(sp, "Reviews").getById(reviewId), readActivePolicy(sp)]);
  if (review.record.arrangementId !== arrangementId) {
    throw NotFoundError.missing(`Review ${reviewId} is not one of arrangement ${arrangementId}'s reviews.`);
  }
  const arrangement = await repositoryFor(sp, "Partnerships").getById(arrangementId);
  const { startDate } = arrangement.record;
  const { dueDate } = review.record;
  const year = startDate && dueDate && dueDate > startDate ? yearOfOperation(startDate, addDays(dueDate, -1)) : undefined;
  const form = review.record.reviewTypeId ? reviewFormFor(pack, review.record.reviewTypeId, review.record.templateId, year) : undefined;
  return { review, arrangement, pack, ...(form ? { form } : {}), ...(year ? { yearOfOperation: year } : {}) };
}

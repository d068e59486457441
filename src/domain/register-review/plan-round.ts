import type { Facts } from "../facts/facts";
import type { LifecycleState } from "../lifecycle/states";
import { matchesSelector } from "../policy-pack/match-selector";
import type { PolicyPack } from "../policy-pack/pack-schema";
import type { Arrangement } from "../records/arrangement";
import type { Review } from "../records/review";
import { compareIsoDates } from "../review-calendar/iso-date";
import { registerReviewTypeId, roundYearOf, type RegisterReviewRound } from "./round-period";

/** States in which an arrangement is live on the register and its lead officer answers for it. */
export const reviewedStates: readonly LifecycleState[] = ["active", "under-review", "exiting"];

export type RoundArrangement = Partial<Arrangement> & { id: number };
export type RoundReview = Partial<Review> & { id: number };

/** A Reviews item the round will create (title, arrangement, type, period, due date, status). */
export type NewRoundReview = Pick<Review, "title" | "arrangementId" | "reviewTypeId" | "period" | "dueDate" | "status">;

export interface RoundPlan {
  toCreate: NewRoundReview[];
  /** Arrangements that already have this year's review (opened before, or typed in SharePoint). */
  alreadyOpen: number[];
  /** Live arrangements the round leaves out, each with the reason. */
  leftOut: { arrangementId: number; name: string; reason: string }[];
}

/** The facts the pack's `when` selector tests, as far as the register entry states them. */
export function factsOfEntry(a: RoundArrangement): Facts {
  const facts: Facts = { kind: a.kind ?? "" };
  if (a.subtype) facts.subtype = a.subtype;
  if (a.councilContribution !== undefined) facts.councilResource = a.councilContribution;
  if (a.statutory !== undefined) facts.statutory = a.statutory;
  if (a.memberInvolvement !== undefined) facts.memberInvolvement = a.memberInvolvement;
  if (a.publicFacing !== undefined) facts.publicFacing = a.publicFacing;
  if (a.startDate) facts.startDate = a.startDate;
  return facts;
}

/** True when `review` is this round's register review (whichever way its Period was written). */
export const isRoundReview = (review: Partial<Review>, year: number): boolean =>
  review.reviewTypeId === registerReviewTypeId && review.status !== "cancelled" && roundYearOf(review.period) === year;

/**
 * What opening a year's register review does (default framework 6.6: each lead officer confirms their
 * entries): one review per live arrangement the pack's review applies to, due on the window's
 * last day. An arrangement that already has that year's review gets no second one, so opening
 * the same year twice creates nothing; one that started after the window closed owes nothing.
 */
export function planRound(pack: PolicyPack, round: RegisterReviewRound, arrangements: readonly RoundArrangement[], reviews: readonly Partial<Review>[]): RoundPlan {
  const opened = new Set(reviews.filter((r) => isRoundReview(r, round.year)).map((r) => r.arrangementId));
  const plan: RoundPlan = { toCreate: [], alreadyOpen: [], leftOut: [] };
  for (const a of arrangements) {
    if (!a.status || !reviewedStates.includes(a.status)) continue;
    const name = a.name ?? `Arrangement #${a.id}`;
    if (opened.has(a.id)) {
      plan.alreadyOpen.push(a.id);
      continue;
    }
    if (!a.kind) {
      plan.leftOut.push({ arrangementId: a.id, name, reason: "its kind cannot be read, so the policy cannot say whether the review applies" });
      continue;
    }
    if (!matchesSelector(round.review.when, { facts: factsOfEntry(a), category: a.category ?? null }, pack)) {
      plan.leftOut.push({ arrangementId: a.id, name, reason: `the policy's register review does not apply to it (${round.review.cite})` });
      continue;
    }
    if (a.startDate && compareIsoDates(a.startDate, round.window.end) > 0) {
      plan.leftOut.push({ arrangementId: a.id, name, reason: `it starts on ${a.startDate}, after this round's window closes` });
      continue;
    }
    plan.toCreate.push({
      title: `${name}: register review ${round.period}`.slice(0, 255),
      arrangementId: a.id,
      reviewTypeId: registerReviewTypeId,
      period: round.period,
      dueDate: round.window.end,
      status: "due",
    });
  }
  return plan;
}

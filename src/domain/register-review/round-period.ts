import { PolicyError } from "../errors";
import type { PolicyPack, WindowedReview } from "../policy-pack/pack-schema";
import { registerReviewId } from "../review-calendar/review-calendar";
import { nextWindowOpening, windowContaining } from "../review-calendar/locate-window";
import { windowEndingIn, type WindowOccurrence } from "../review-calendar/window-for-year";

/** The review type a register review item is recorded under (the review calendar's id). */
export const registerReviewTypeId = registerReviewId;

/** One year's annual register review (default framework 6.6): the pack's review and that year's window. */
export interface RegisterReviewRound {
  year: number;
  /** What the Reviews list's Period column holds, e.g. "2026/27". */
  period: string;
  review: WindowedReview;
  window: WindowOccurrence;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "2026/27" for the round held in 2026: the register review checks entries against the budget
 * of the council year it is held in ("reflecting current budgetary provision", default framework 6.6).
 */
export const roundPeriodLabel = (year: number): string => `${year}/${pad((year + 1) % 100)}`;

/**
 * The round a Reviews item's Period names: "2026/27", or "2026" as the review calendar keys its
 * windows (and as a Change Manager may type it in SharePoint). Anything else is not a round.
 */
export function roundYearOf(period: string | undefined): number | undefined {
  const match = /^\s*(\d{4})(?:\s*\/\s*(\d{2}))?\s*$/.exec(period ?? "");
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined && Number(match[2]) !== (year + 1) % 100) return undefined;
  return year;
}

export const isRoundYear = (year: number): boolean => Number.isInteger(year) && year >= 2000 && year <= 2999;

/** The pack's annual register review for `year`; a PolicyError when the pack has none. */
export function registerReviewRound(pack: PolicyPack, year: number): RegisterReviewRound {
  if (!isRoundYear(year)) throw new PolicyError("round-year", `"${year}" is not a year a register review can be held in; use a year like 2026.`);
  const review = pack.reviews.registerReview;
  if (!review) {
    throw new PolicyError("no-register-review", `${pack.name} sets no annual review of the register, so there is no round to open. Add "reviews.registerReview" to the policy pack first.`);
  }
  return { year, period: roundPeriodLabel(year), review, window: windowEndingIn(review.window, year) };
}

/**
 * The round a Change Manager most likely means on `today`: the one whose window is open, else
 * the next to open (a round is usually opened just before its window, default framework 6.6).
 */
export function currentRoundYear(pack: PolicyPack, today: string): number | undefined {
  const review = pack.reviews.registerReview;
  if (!review) return undefined;
  return (windowContaining(review.window, today) ?? nextWindowOpening(review.window, today)).year;
}

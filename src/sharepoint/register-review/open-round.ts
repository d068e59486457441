import type { SPFI } from "@pnp/sp";
import type { PersonRef } from "../../domain/records/person-ref";
import { planRound, type RoundPlan } from "../../domain/register-review/plan-round";
import { registerReviewRound } from "../../domain/register-review/round-period";
import type { WriteRequest } from "../list-repository";
import { readActivePolicy } from "../read-active-policy";
import { repositoryFor } from "../repositories";
import { requireRole } from "../roles/require-role";
import { readRoundData } from "./read-round";

export const openRoundRefusal = "Only the Change Manager can open the annual register review. Ask them to open it, or to make you their delegate.";

export interface OpenedRound {
  year: number;
  period: string;
  dueDate: string;
  /** Reviews created now, one per arrangement. */
  created: { reviewId: number; arrangementId: number }[];
  alreadyOpen: number;
  leftOut: RoundPlan["leftOut"];
  /** One sentence for the screen and the command line. */
  message: string;
}

function messageFor(period: string, created: number, alreadyOpen: number): string {
  const reviews = (n: number) => `${n} ${n === 1 ? "review" : "reviews"}`;
  if (created === 0 && alreadyOpen > 0) return `The ${period} register review is already open (${reviews(alreadyOpen)}); nothing new was created.`;
  if (created === 0) return `No arrangement on the register owes the ${period} register review, so nothing was created.`;
  return `Opened the ${period} register review: ${reviews(created)} created${alreadyOpen ? `, ${alreadyOpen} already open` : ""}.`;
}

/**
 * Opens a year's annual register review (default framework 6.6): one Reviews item per live arrangement
 * the pack's review applies to, due on the window's last day, each audited. Only the Change
 * Manager (or their delegate) may open it — checked here, where the writes are made, before
 * anything is written. Opening a year again creates only what is missing.
 */
export async function openRegisterReviewRound(sp: SPFI, request: { year: number; actor: PersonRef }): Promise<OpenedRound> {
  const authorise = requireRole(sp, "change-manager", openRoundRefusal);
  const check: WriteRequest = { action: "create", listTitle: "Reviews", actor: request.actor, changes: {} };
  await authorise(check);
  const [{ pack }, data] = await Promise.all([readActivePolicy(sp), readRoundData(sp)]);
  const round = registerReviewRound(pack, request.year);
  const plan = planRound(pack, round, data.arrangements, data.reviews);
  const reviews = repositoryFor(sp, "Reviews");
  const created: OpenedRound["created"] = [];
  // One at a time: each add carries its own audit entry, and a failure part-way leaves what was
  // created in place — opening the year again then creates only the rest.
  for (const draft of plan.toCreate) {
    const { id } = await reviews.add(draft, request.actor, { reason: `${round.review.name} ${round.period} opened (${round.review.cite})` });
    created.push({ reviewId: id, arrangementId: draft.arrangementId });
  }
  return {
    year: round.year,
    period: round.period,
    dueDate: round.window.end,
    created,
    alreadyOpen: plan.alreadyOpen.length,
    leftOut: plan.leftOut,
    message: messageFor(round.period, created.length, plan.alreadyOpen.length),
  };
}

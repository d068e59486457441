import type { SPFI } from "@pnp/sp";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { isRoundReview, type RoundArrangement, type RoundReview } from "../../domain/register-review/plan-round";
import { registerReviewRound, roundYearOf, type RegisterReviewRound } from "../../domain/register-review/round-period";
import { readActivePolicy } from "../read-active-policy";
import { readRoundData } from "./read-round";

export interface MyRoundTask {
  review: RoundReview & { etag?: string };
  arrangement: RoundArrangement;
  confirmed: boolean;
}

/** One round in which the person still has something to confirm, with all their records in it. */
export interface MyRound {
  round: RegisterReviewRound;
  tasks: MyRoundTask[];
}

/**
 * The register reviews a person owes as lead officer (matched on e-mail, as My work is): every
 * round in which at least one of their records is still unconfirmed, soonest due first, each listing
 * all their records in it so they see what they have done as well as what is left.
 */
export function myRoundsOf(pack: PolicyPack, email: string, arrangements: readonly RoundArrangement[], reviews: readonly RoundReview[]): MyRound[] {
  if (!pack.reviews.registerReview) return [];
  const me = email.toLowerCase();
  const mine = new Map(arrangements.filter((a) => a.leadOfficer?.email?.toLowerCase() === me).map((a) => [a.id, a]));
  const years = new Set(reviews.flatMap((r) => (r.arrangementId !== undefined && mine.has(r.arrangementId) && r.status !== "completed" && r.status !== "cancelled" ? [roundYearOf(r.period)] : [])));
  const rounds: MyRound[] = [];
  for (const year of [...years].filter((y): y is number => y !== undefined).sort((a, b) => a - b)) {
    const tasks = reviews
      .filter((r) => isRoundReview(r, year) && r.arrangementId !== undefined && mine.has(r.arrangementId))
      .map((review) => ({ review, arrangement: mine.get(review.arrangementId!)!, confirmed: review.status === "completed" }))
      .sort((a, b) => (a.arrangement.name ?? "").localeCompare(b.arrangement.name ?? ""));
    rounds.push({ round: registerReviewRound(pack, year), tasks });
  }
  return rounds;
}

export async function readMyRoundTasks(sp: SPFI, email: string): Promise<{ pack: PolicyPack; rounds: MyRound[] }> {
  const [{ pack }, data] = await Promise.all([readActivePolicy(sp), readRoundData(sp)]);
  return { pack, rounds: myRoundsOf(pack, email, data.arrangements, data.reviews) };
}

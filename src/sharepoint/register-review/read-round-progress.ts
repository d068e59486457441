import type { SPFI } from "@pnp/sp";
import { roundProgress, type RoundProgress } from "../../domain/register-review/round-progress";
import { registerReviewRound, type RegisterReviewRound } from "../../domain/register-review/round-period";
import { readActivePolicy } from "../read-active-policy";
import { readRoundData } from "./read-round";

/** A year's round and who has answered it, for the Change Manager's progress view. */
export async function readRoundProgress(sp: SPFI, year: number): Promise<{ round: RegisterReviewRound; progress: RoundProgress }> {
  const [{ pack }, data] = await Promise.all([readActivePolicy(sp), readRoundData(sp)]);
  const round = registerReviewRound(pack, year);
  return { round, progress: roundProgress(year, data.arrangements, data.reviews) };
}

import { currentRoundYear, isRoundYear } from "../../domain/register-review/round-period";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";

/** The year in the address (`/reviews/register/2027`), else the round the pack makes current today. */
export function roundYearFrom(param: string | undefined, pack: PolicyPack, today: string): number | undefined {
  if (param !== undefined) {
    const year = Number(param);
    return /^\d{4}$/.test(param) && isRoundYear(year) ? year : undefined;
  }
  return currentRoundYear(pack, today);
}

export const roundPath = (year: number): string => `/reviews/register/${year}`;
export const reportPath = (year: number): string => `/reviews/register/${year}/report`;

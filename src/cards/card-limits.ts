import type { AdaptiveCard } from "./card-types";

/**
 * How much of each kind of user text a card shows. Teams refuses a bot message over about 100 KB
 * and we keep cards under 80 KB (TOOLCHAIN.md "Teams platform limits"), so a card is built with
 * generous limits first and rebuilt with tighter ones only when the record is unusually long.
 */
export interface TextLimits {
  /** Names of the arrangement, people and partners. */
  name: number;
  /** Labels from the policy pack: kind, category, roles, stage. */
  label: number;
  /** Purpose, exit strategy, why the category, an opinion. */
  paragraph: number;
  /** Comments, mitigations, an outcome. */
  note: number;
  /** How many opinions, decisions, people and partners are listed before "and N more". */
  opinions: number;
  decisions: number;
  people: number;
  partners: number;
}

export const limitProfiles: readonly TextLimits[] = [
  { name: 255, label: 255, paragraph: 4000, note: 2000, opinions: 20, decisions: 30, people: 30, partners: 30 },
  { name: 200, label: 150, paragraph: 1500, note: 600, opinions: 8, decisions: 10, people: 12, partners: 12 },
  // Small enough that any record fits: every list is short and every text is cut early.
  { name: 120, label: 100, paragraph: 400, note: 200, opinions: 3, decisions: 5, people: 5, partners: 5 },
];

/** Below 80 KB with room for the activity that carries the card. */
export const cardByteBudget = 75_000;

export const cardBytes = (card: AdaptiveCard): number => new TextEncoder().encode(JSON.stringify(card)).length;

/**
 * Builds the card with the most generous limits that fit the budget. Throws rather than return a
 * card Teams would reject with 413 — which the tightest limits make impossible for any input.
 */
export function fitCard(build: (limits: TextLimits) => AdaptiveCard): AdaptiveCard {
  let bytes = 0;
  for (const limits of limitProfiles) {
    const card = build(limits);
    bytes = cardBytes(card);
    if (bytes <= cardByteBudget) return card;
  }
  throw new Error(`the card is ${bytes} bytes even with the tightest text limits; Teams would refuse it`);
}

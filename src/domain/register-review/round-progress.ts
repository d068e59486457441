import type { PersonRef } from "../records/person-ref";
import { isRoundReview, type RoundArrangement, type RoundReview } from "./plan-round";

export interface RoundItem {
  review: RoundReview;
  arrangement?: RoundArrangement;
  confirmed: boolean;
}

/** One lead officer's share of a round: what they have confirmed and what is still outstanding. */
export interface OfficerProgress {
  /** `undefined` when the arrangement names no lead officer: the Change Manager must find one. */
  officer?: PersonRef;
  items: RoundItem[];
  confirmed: number;
  outstanding: number;
  /** Has not confirmed a single one of their records yet. */
  notAnswered: boolean;
}

export interface RoundProgress {
  officers: OfficerProgress[];
  total: number;
  confirmed: number;
  outstanding: number;
  notAnswered: number;
}

const nameOf = (p?: PersonRef) => p?.title ?? p?.email ?? (p ? `Person #${p.id}` : "");

/**
 * Who has and has not answered a year's register review, per lead officer (the arrangement's
 * lead officer today: whoever leads it now answers for it). Those who have answered nothing come
 * first, then those with most outstanding, so the Change Manager sees whom to chase.
 */
export function roundProgress(year: number, arrangements: readonly RoundArrangement[], reviews: readonly RoundReview[]): RoundProgress {
  const byId = new Map(arrangements.map((a) => [a.id, a]));
  const groups = new Map<string, OfficerProgress>();
  for (const review of reviews.filter((r) => isRoundReview(r, year))) {
    const arrangement = review.arrangementId === undefined ? undefined : byId.get(review.arrangementId);
    const officer = arrangement?.leadOfficer;
    const key = officer ? String(officer.id) : "none";
    const group = groups.get(key) ?? { ...(officer ? { officer } : {}), items: [], confirmed: 0, outstanding: 0, notAnswered: false };
    const confirmed = review.status === "completed";
    group.items.push({ review, ...(arrangement ? { arrangement } : {}), confirmed });
    if (confirmed) group.confirmed++;
    else group.outstanding++;
    groups.set(key, group);
  }
  const officers = [...groups.values()].map((g) => ({
    ...g,
    notAnswered: g.confirmed === 0,
    items: g.items.sort((a, b) => (a.arrangement?.name ?? "").localeCompare(b.arrangement?.name ?? "")),
  }));
  officers.sort((a, b) => Number(b.notAnswered) - Number(a.notAnswered) || b.outstanding - a.outstanding || nameOf(a.officer).localeCompare(nameOf(b.officer)));
  const confirmed = officers.reduce((n, o) => n + o.confirmed, 0);
  const outstanding = officers.reduce((n, o) => n + o.outstanding, 0);
  return { officers, total: confirmed + outstanding, confirmed, outstanding, notAnswered: officers.filter((o) => o.notAnswered).length };
}

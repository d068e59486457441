import type { Facts } from "../facts/facts";
import type { Scorecard } from "../policy-pack/pack-schema";
import type { ScoreWorking } from "./explanation";

/**
 * Weighted scorecard (joint-working code 5(vii)): the share of criteria met, by weight, as a percentage;
 * the highest threshold the score reaches gives the category, so 50% itself is "major".
 * An unanswered criterion counts as not met: the officer sees it unticked in the working.
 */
export function scoreScorecard(scorecard: Scorecard, facts: Facts): ScoreWorking {
  const answers = facts.scorecard ?? {};
  const criteria = scorecard.criteria.map((c) => ({ id: c.id, text: c.text, weight: c.weight, met: answers[c.id] === true, cite: c.cite }));
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const metWeight = criteria.filter((c) => c.met).reduce((sum, c) => sum + c.weight, 0);
  // Round for display only after comparing, so 6.5/13 is not nudged over a 50% line by rounding.
  const exact = (metWeight / totalWeight) * 100;
  const sorted = [...scorecard.thresholds].sort((a, b) => b.minPercent - a.minPercent);
  const threshold = sorted.find((t) => exact >= t.minPercent - 1e-9) ?? sorted[sorted.length - 1]!;
  return {
    percent: Math.round(exact * 10) / 10,
    metWeight,
    totalWeight,
    criteria,
    threshold: { category: threshold.category, minPercent: threshold.minPercent, cite: threshold.cite },
    cite: scorecard.cite,
    ...(scorecard.note ? { note: scorecard.note } : {}),
  };
}

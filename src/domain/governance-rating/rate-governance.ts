import type { GovernanceLevel } from "../records/common";
import type { GovernanceRatingRule, ReviewQuestion } from "../policy-pack/pack-schema";
import { isAssuranceAnswer, type AssuranceAnswer } from "./assurance-answer";
import { defaultGovernanceRatingRule } from "./default-rule";

export interface GovernanceRating {
  level: GovernanceLevel;
  /** Share of the assurance asked for that was given, 0–100. */
  percent: number;
  /** How many yes/no questions counted. */
  questions: number;
  /** Plain-English why, citing the rule. */
  reason: string;
}

/** Assurance one answer gives: full, half ("in part") or none (the wrong answer, or no answer at all). */
function assuranceOf(answer: AssuranceAnswer | undefined, assuring: "yes" | "no"): number {
  if (answer === undefined) return 0;
  if (answer === "partly") return 0.5;
  return answer === assuring ? 1 : 0;
}

/**
 * The governance level a review's answers give: each yes/no question scores 1 when answered the
 * assuring way, ½ "in part", 0 otherwise or unanswered — an unanswered question gives no
 * assurance. The highest level whose `minPercent` the share reaches wins; below them all, Weak.
 * Returns undefined when the review asks no yes/no question (free text cannot be rated).
 */
export function rateGovernance(
  questions: readonly ReviewQuestion[],
  answers: Readonly<Record<string, unknown>>,
  rule: GovernanceRatingRule = defaultGovernanceRatingRule,
): GovernanceRating | undefined {
  const rated = questions.filter((q) => q.answer === "yes-no");
  if (rated.length === 0) return undefined;
  const given = rated.reduce((sum, q) => {
    const answer = answers[q.id];
    return sum + assuranceOf(isAssuranceAnswer(answer) ? answer : undefined, q.assuring ?? "yes");
  }, 0);
  // Rounded to a tenth so that, say, 2 of 3 is 66.7 and never misses a threshold by a rounding error.
  const percent = Math.round((given / rated.length) * 1000) / 10;
  const reached = [...rule.levels].sort((a, b) => b.minPercent - a.minPercent).find((l) => percent >= l.minPercent);
  const level: GovernanceLevel = reached?.level ?? "weak";
  const threshold = reached ? `at least ${reached.minPercent}%` : `below ${Math.min(...rule.levels.map((l) => l.minPercent))}%`;
  return {
    level,
    percent,
    questions: rated.length,
    reason: `${percent}% of the assurance asked for was given across ${rated.length} question${rated.length === 1 ? "" : "s"}, ${threshold}, so ${governanceLevelWords[level]} (${rule.cite}).`,
  };
}

export const governanceLevelWords: Record<GovernanceLevel, string> = {
  substantial: "Substantial",
  reasonable: "Reasonable",
  limited: "Limited",
  weak: "Weak",
};

import type { GovernanceRatingRule } from "../policy-pack/pack-schema";

/**
 * The rule used when a pack sets none. None of the four frameworks says how answers become a
 * level (default framework 6.11 and joint-working code 6(viii) only say assurance is sought for the Annual
 * Governance Statement), so this is the product's documented default (README.md here):
 * every assurance given in full is Substantial; three quarters Reasonable; half Limited; less Weak.
 */
export const defaultGovernanceRatingRule: GovernanceRatingRule = {
  levels: [
    { level: "substantial", minPercent: 100 },
    { level: "reasonable", minPercent: 75 },
    { level: "limited", minPercent: 50 },
  ],
  cite: "product default: none of the frameworks sets how answers become a level",
};

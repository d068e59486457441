import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { problemAt, type PackProblem } from "./problem";

/**
 * Two fact rules that reach different categories could both hold for one proposal (an urgent
 * £65,000 partnership is both ad hoc and significant), so the pack must say which wins: each
 * needs a precedence and the two must differ. Rules for the same category cannot disagree.
 */
export function checkPrecedence(pack: PolicyPack): PackProblem[] {
  return pack.categorisation.flatMap((entry, e) =>
    entry.rules.flatMap((rule, r) => {
      const clash = entry.rules.find(
        (other, o) => o < r && other.category !== rule.category && (other.precedence === undefined || rule.precedence === undefined || other.precedence === rule.precedence),
      );
      if (!clash) return [];
      const which = rule.precedence === undefined || clash.precedence === undefined ? "has no precedence" : `has the same precedence (${rule.precedence})`;
      return [
        problemAt(
          ["categorisation", e, "rules", r, "precedence"],
          `category rule "${rule.id}" (${rule.category}) ${which} as rule "${clash.id}" (${clash.category}), so when both hold the pack does not say which category wins: give each rule a different "precedence" (lower is tried first)`,
        ),
      ];
    }),
  );
}

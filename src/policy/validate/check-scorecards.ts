import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { problemAt, type PackProblem } from "./problem";

/** A scorecard must give every score a category, so its lowest threshold must be 0%. */
export function checkScorecards(pack: PolicyPack): PackProblem[] {
  return pack.categorisation.flatMap((entry, e) => {
    const thresholds = entry.scorecard?.thresholds ?? [];
    if (thresholds.length === 0) return [];
    const lowest = Math.min(...thresholds.map((t) => t.minPercent));
    if (lowest === 0) return [];
    return [
      problemAt(
        ["categorisation", e, "scorecard", "thresholds"],
        `the scorecard's thresholds start at ${lowest}%, so a score below ${lowest}% has no category: add a threshold with "minPercent": 0`,
      ),
    ];
  });
}

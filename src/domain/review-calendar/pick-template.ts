import type { ReviewCycle } from "../policy-pack/pack-schema";

export type ReviewTemplate = ReviewCycle["templates"][number];

/**
 * The template for a review in the given year of operation: the first listed whose years
 * include it, as everywhere in a pack the first match applies. Default framework 6.8 uses the
 * comprehensive template in years 1–2 and the focused one from year 3 (appendix four a/b).
 */
export function templateForYear(templates: readonly ReviewTemplate[], year: number): ReviewTemplate | undefined {
  return templates.find((t) => t.fromYear <= year && (t.toYear === undefined || year <= t.toYear));
}

import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { packSelectors } from "./pack-selectors";
import { listOf, problemAt, type PackProblem, type PathSegment } from "./problem";

/** Categories reached by rules, thresholds and `otherwise`, and those selectors test, must be declared. */
export function checkCategories(pack: PolicyPack): PackProblem[] {
  const declared = pack.categories.map((c) => c.id);
  const uses: { path: PathSegment[]; category: string; where: string }[] = [];
  pack.categorisation.forEach((entry, e) => {
    const base: PathSegment[] = ["categorisation", e];
    entry.rules.forEach((rule, r) => uses.push({ path: [...base, "rules", r, "category"], category: rule.category, where: `category rule "${rule.id}"` }));
    entry.scorecard?.thresholds.forEach((t, i) =>
      uses.push({ path: [...base, "scorecard", "thresholds", i, "category"], category: t.category, where: `the scorecard threshold at ${t.minPercent}%` }),
    );
    if (entry.otherwise) uses.push({ path: [...base, "otherwise", "category"], category: entry.otherwise.category, where: `the "otherwise" of "${entry.id}"` });
  });
  for (const { path, value } of packSelectors(pack)) {
    value.categories?.forEach((category, i) => {
      // null is the "not categorised" category and is always valid in a selector.
      if (category !== null) uses.push({ path: [...path, "categories", i], category, where: "this selector" });
    });
  }
  return uses
    .filter((use) => !declared.includes(use.category))
    .map((use) =>
      problemAt(
        use.path,
        `${use.where} names the category "${use.category}", which the pack does not declare under "categories" (declared: ${listOf(declared)}${use.path.includes("when") ? "; a selector may also use null for not categorised" : ""})`,
      ),
    );
}

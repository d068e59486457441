import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { listOf, problemAt, type PackProblem } from "./problem";

/** A section rule may only require or offer sections the pack declares. */
export function checkSections(pack: PolicyPack): PackProblem[] {
  const declared = pack.sections.map((s) => s.id);
  return pack.sectionRules.flatMap((rule, r) =>
    (["required", "optional"] as const).flatMap((list) =>
      rule[list].flatMap((section, i) =>
        declared.includes(section)
          ? []
          : [
              problemAt(
                ["sectionRules", r, list, i],
                `section rule "${rule.id}" lists "${section}" as ${list}, a section that does not exist in the pack (declared sections: ${listOf(declared)})`,
              ),
            ],
      ),
    ),
  );
}

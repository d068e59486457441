import type { Condition } from "../../domain/policy-pack/condition";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Selector } from "../../domain/policy-pack/selector";
import type { PathSegment } from "./problem";

export interface Located<T> {
  path: PathSegment[];
  value: T;
}

/** Every `when` selector in a pack, with where it is, so each check walks them the same way. */
export function packSelectors(pack: PolicyPack): Located<Selector>[] {
  const at = <T extends { when: Selector }>(list: readonly T[], ...base: PathSegment[]) =>
    list.map((item, i) => ({ path: [...base, i, "when"], value: item.when }));
  const { registerReview, governanceAssurance } = pack.reviews;
  const { exitStrategy, riskAssessment } = pack.requirements;
  return [
    ...at(pack.sectionRules, "sectionRules"),
    ...at(pack.routes, "routes"),
    ...at(pack.evaluationParticipants, "evaluationParticipants"),
    ...(exitStrategy ? [{ path: ["requirements", "exitStrategy", "when"], value: exitStrategy.when }] : []),
    ...(riskAssessment ? [{ path: ["requirements", "riskAssessment", "when"], value: riskAssessment.when }] : []),
    ...at(pack.checklists, "checklists"),
    ...(registerReview ? [{ path: ["reviews", "registerReview", "when"], value: registerReview.when }] : []),
    ...(governanceAssurance ? [{ path: ["reviews", "governanceAssurance", "when"], value: governanceAssurance.when }] : []),
    ...at(pack.reviews.cycles, "reviews", "cycles"),
    ...at(pack.publication.exclude, "publication", "exclude"),
    ...(["corporateRiskRegister", "keyPartnerships"] as const).flatMap((rule) =>
      (pack.monitoring?.[rule]?.when ?? []).map((value, i) => ({ path: ["monitoring", rule, "when", i] as PathSegment[], value })),
    ),
  ];
}

/** Every condition in a pack: selectors' conditions and category rules' tests. */
export function packConditions(pack: PolicyPack): Located<Condition>[] {
  const fromSelectors = packSelectors(pack).flatMap(({ path, value }) =>
    value.condition ? [{ path: [...path, "condition"], value: value.condition }] : [],
  );
  const fromRules = pack.categorisation.flatMap((entry, e) =>
    entry.rules.map((rule, r) => ({ path: ["categorisation", e, "rules", r, "when"] as PathSegment[], value: rule.when })),
  );
  return [...fromRules, ...fromSelectors];
}

/** Each fact test inside a condition, with its own path (`...any[0].fact`). */
export function factTests(condition: Located<Condition>): Located<string>[] {
  const { path, value } = condition;
  if ("all" in value) return value.all.flatMap((c, i) => factTests({ path: [...path, "all", i], value: c }));
  if ("any" in value) return value.any.flatMap((c, i) => factTests({ path: [...path, "any", i], value: c }));
  if ("not" in value) return factTests({ path: [...path, "not"], value: value.not });
  return [{ path: [...path, "fact"], value: value.fact }];
}

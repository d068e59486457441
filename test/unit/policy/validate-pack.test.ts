import { describe, expect, it } from "vitest";
import { validatePack, type PackProblem } from "../../../src/policy/validate-pack";
import { builtInPackIds } from "../../../src/policy/built-in-packs";
import type { PolicyPackInput } from "../../../src/domain/policy-pack/pack-schema";
import type { Condition } from "../../../src/domain/policy-pack/condition";
import { at, cloneRaw, indexOf, rawPacks } from "./pack-fixtures";

/** Breaks one thing in a copy of a shipped pack and returns what the validator says. */
function problemsAfter(id: string, change: (pack: PolicyPackInput) => void): PackProblem[] {
  const pack = cloneRaw(id);
  change(pack);
  const result = validatePack(pack);
  if (result.ok) throw new Error("expected the broken pack to be rejected");
  return result.problems;
}

const messageAt = (problems: PackProblem[], path: string) => problems.find((p) => p.path === path)?.message;

describe("the built-in packs", () => {
  it.each(builtInPackIds.map((id) => ({ id })))("$id validates with no problems", ({ id }) => {
    const result = validatePack(rawPacks[id]);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe("a pack that does not fit the pack format", () => {
  it("a scorecard threshold that is not a number is reported at its JSON path, naming the value", () => {
    const problems = problemsAfter("dartford", (p) => Object.assign(at(p.categorisation?.[0]?.scorecard?.thresholds, 1), { minPercent: "fifty" }));
    expect(problems).toHaveLength(1);
    expect(messageAt(problems, "$.categorisation[0].scorecard.thresholds[1].minPercent")).toMatch(/expected a number, but found "fifty"/);
  });

  it("a rule without the framework section behind it is reported as missing its cite", () => {
    const problems = problemsAfter("gravesham", (p) => Reflect.deleteProperty(at(p.routes, 0), "cite"));
    expect(messageAt(problems, "$.routes[0].cite")).toMatch(/is missing/);
  });

  it("a field the format does not know is named, so a misspelling can be found", () => {
    const problems = problemsAfter("gravesham", (p) => Object.assign(at(p.roles, 0), { colour: "red" }));
    expect(messageAt(problems, "$.roles[0]")).toMatch(/"colour"/);
  });

  it("a condition with an operator that does not exist lists the operators that do", () => {
    const rule = indexOf(cloneRaw("gravesham").categorisation?.[0]?.rules, "significant-resource-objective-or-statute");
    const problems = problemsAfter("gravesham", (p) => {
      // The schema types an unparsed condition as unknown; these fixtures are known conditions.
      const when = at(p.categorisation?.[0]?.rules, rule).when as Condition;
      if ("any" in when) Object.assign(at(when.any, 0), { op: "at-least" });
    });
    expect(messageAt(problems, `$.categorisation[0].rules[${rule}].when.any[0].op`)).toMatch(/"at-least" is not allowed here: use one of .*"gte"/);
  });

  it("something that is not a condition at all is explained with an example condition", () => {
    const problems = problemsAfter("gravesham", (p) => Object.assign(at(p.routes, 0).when, { condition: { councilResource: 50000 } }));
    expect(messageAt(problems, "$.routes[0].when.condition")).toMatch(/is not a condition: write \{"fact"/);
  });

  it("a fact test compared with an object says which kinds of value are allowed", () => {
    const problems = problemsAfter("gravesham", (p) => Object.assign(at(p.routes, 0).when, { condition: { fact: "councilResource", op: "gte", value: { pounds: 50000 } } }));
    expect(messageAt(problems, "$.routes[0].when.condition.value")).toMatch(/expected a number or text or true or false or a list, but found \{"pounds":50000\}/);
  });

  it.each([null, "gravesham", [], 42])("never throws, even for %j, and says the pack is not an object", (json) => {
    const result = validatePack(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("$");
  });
});

describe("references between the parts of a pack", () => {
  it("a route naming a role the pack does not declare is reported at its JSON path", () => {
    const route = indexOf(cloneRaw("gravesham").routes, "other-partnership");
    const problems = problemsAfter("gravesham", (p) => {
      at(at(p.routes, route).stages, 0).roles[1] = "chief-finance-officer";
    });
    expect(problems.map((x) => x.path)).toEqual([`$.routes[${route}].stages[0].roles[1]`]);
    expect(problems[0]?.message).toMatch(/"chief-finance-officer", which the pack does not declare .*"section-151-officer"/);
  });

  it("an evaluation participant rule naming an undeclared role is reported", () => {
    const rule = indexOf(cloneRaw("gravesham").evaluationParticipants, "member-involvement");
    const problems = problemsAfter("gravesham", (p) => {
      at(p.evaluationParticipants, rule).roles[0] = "relevant-director";
    });
    expect(messageAt(problems, `$.evaluationParticipants[${rule}].roles[0]`)).toMatch(/"relevant-director"/);
  });

  it("an exit decision naming an undeclared role is reported", () => {
    const problems = problemsAfter("gravesham", (p) => {
      p.exit.decisionRoles[0] = "ward-councillor";
    });
    expect(messageAt(problems, "$.exit.decisionRoles[0]")).toMatch(/"ward-councillor"/);
  });

  it("a category rule reaching a category the pack does not declare is reported", () => {
    const problems = problemsAfter("gravesham", (p) => {
      at(p.categorisation?.[0]?.rules, 1).category = "major";
    });
    expect(messageAt(problems, "$.categorisation[0].rules[1].category")).toMatch(/"major", which the pack does not declare .*"significant"/);
  });

  it("a scorecard threshold or an otherwise giving an undeclared category is reported", () => {
    expect(messageAt(problemsAfter("dartford", (p) => { at(p.categorisation?.[0]?.scorecard?.thresholds, 1).category = "significant"; }), "$.categorisation[0].scorecard.thresholds[1].category")).toMatch(/"significant"/);
    expect(messageAt(problemsAfter("gravesham", (p) => { Object.assign(at(p.categorisation, 0), { otherwise: { category: "minor", cite: "framework 1.11c" } }); }), "$.categorisation[0].otherwise.category")).toMatch(/"minor"/);
  });

  it("a selector testing an undeclared category is reported, while null (not categorised) is allowed", () => {
    const route = indexOf(cloneRaw("gravesham").routes, "significant-partnership");
    const problems = problemsAfter("gravesham", (p) => {
      at(p.routes, route).when.categories = [null, "signifcant"];
    });
    expect(problems.map((x) => x.path)).toEqual([`$.routes[${route}].when.categories[1]`]);
  });

  it("an unknown kind in a selector or a categorisation entry is reported", () => {
    const problems = problemsAfter("gravesham", (p) => {
      at(p.routes, 0).when.kinds = ["partnerships"];
      at(p.categorisation, 0).kinds = ["joint-working"];
    });
    expect(messageAt(problems, "$.routes[0].when.kinds[0]")).toMatch(/kind "partnerships".*"partnership", "shared-service" or "working-group"/);
    expect(messageAt(problems, "$.categorisation[0].kinds[0]")).toMatch(/"joint-working"/);
  });

  it("a sub-type that does not belong to the selector's kind is reported", () => {
    const route = indexOf(cloneRaw("gravesham").routes, "full-shared-service");
    const problems = problemsAfter("gravesham", (p) => {
      at(p.routes, route).when.subtypes = ["full-shared"];
    });
    expect(messageAt(problems, `$.routes[${route}].when.subtypes[0]`)).toMatch(/"full-shared", which is not a sub-type of "shared-service" .*"joint-management"/);
  });

  it("a section rule requiring a section that does not exist is reported", () => {
    const problems = problemsAfter("gravesham", (p) => {
      at(p.sectionRules, 0).required[1] = "gdpr";
    });
    expect(messageAt(problems, "$.sectionRules[0].required[1]")).toMatch(/"gdpr" as required, a section that does not exist/);
  });

  it("a condition testing a fact nobody declared is reported at the fact test", () => {
    const rule = indexOf(cloneRaw("gravesham").evaluationParticipants, "member-involvement");
    const problems = problemsAfter("gravesham", (p) => {
      at(p.evaluationParticipants, rule).when.condition = { fact: "councillorsOnBoard", op: "true" };
    });
    expect(messageAt(problems, `$.evaluationParticipants[${rule}].when.condition.fact`)).toMatch(/"councillorsOnBoard", which is neither a core fact nor declared/);
  });

  it("a fact test nested inside a category rule is reported with its full path", () => {
    const problems = problemsAfter("gravesham", (p) => {
      const when = at(p.categorisation?.[0]?.rules, 0).when as Condition;
      if ("all" in when) when.all[1] = { fact: "outsideControl", op: "true" };
    });
    expect(problems.map((x) => x.path)).toEqual(["$.categorisation[0].rules[0].when.all[1].fact"]);
  });

  it("a fact the pack declares itself may be tested", () => {
    const dartford = cloneRaw("dartford");
    expect(JSON.stringify(dartford.evaluationParticipants)).toContain("sharesPersonalInformation");
    expect(validatePack(dartford).ok).toBe(true);
  });
});

describe("ids and the order of category rules", () => {
  it("two roles with the same id are reported at the second", () => {
    const problems = problemsAfter("gravesham", (p) => {
      at(p.roles, 1).id = at(p.roles, 0).id;
    });
    expect(messageAt(problems, "$.roles[1].id")).toMatch(/"deputy-monitoring-officer" is used twice/);
  });

  it("two sections with the same id are reported", () => {
    const problems = problemsAfter("wiltshire", (p) => {
      at(p.sections, 2).id = "alternatives";
    });
    expect(messageAt(problems, "$.sections[2].id")).toMatch(/section id "alternatives" is used twice/);
  });

  it("overlapping category rules with no precedence are reported, since either could win", () => {
    const problems = problemsAfter("gravesham", (p) => {
      for (const rule of p.categorisation?.[0]?.rules ?? []) delete rule.precedence;
    });
    expect(messageAt(problems, "$.categorisation[0].rules[1].precedence")).toMatch(/has no precedence as rule "urgent-external-need-is-ad-hoc-first" \(ad-hoc\)/);
  });

  it("overlapping category rules with equal precedence are reported", () => {
    const problems = problemsAfter("gravesham", (p) => {
      for (const rule of p.categorisation?.[0]?.rules ?? []) rule.precedence = 1;
    });
    expect(messageAt(problems, "$.categorisation[0].rules[1].precedence")).toMatch(/same precedence \(1\)/);
  });

  it("rules that reach the same category need no precedence", () => {
    const pack = cloneRaw("gravesham");
    const rules = pack.categorisation?.[0]?.rules ?? [];
    rules.push({ id: "statutory-is-significant", category: "significant", when: { fact: "statutory", op: "true" }, precedence: 1, cite: "framework 1.11b" });
    rules.push({ id: "big-is-significant", category: "significant", when: { fact: "councilResource", op: "gte", value: 50000 }, precedence: 1, cite: "framework 1.11b" });
    expect(validatePack(pack).ok).toBe(true);
  });

  it("a scorecard whose thresholds do not start at 0% is reported, since low scores would have no category", () => {
    const problems = problemsAfter("dartford", (p) => {
      at(p.categorisation?.[0]?.scorecard?.thresholds, 0).minPercent = 10;
    });
    expect(messageAt(problems, "$.categorisation[0].scorecard.thresholds")).toMatch(/start at 10%.*"minPercent": 0/);
  });

  it("reports every problem at once, so a Change Manager can fix them together", () => {
    const problems = problemsAfter("gravesham", (p) => {
      at(p.routes, 0).when.kinds = ["partnerships"];
      at(p.sectionRules, 0).required[0] = "gdpr";
      p.exit.informRoles = ["council"];
    });
    expect(problems.map((x) => x.path).sort()).toEqual(["$.exit.informRoles[0]", "$.routes[0].when.kinds[0]", "$.sectionRules[0].required[0]"]);
  });
});

import { describe, expect, it } from "vitest";
import { builtInPackIds, defaultPackId, getBuiltInPack } from "../../../src/policy/built-in-packs";
import type { PolicyPack } from "../../../src/domain/policy-pack/pack-schema";
import { getListDefinition } from "../../../src/sharepoint/lists/load-list-definitions";

const partnershipsList = getListDefinition("Partnerships")!;

function pack(id: string): PolicyPack {
  const found = getBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

/** Every `cite` in a pack with where it sits, found by walking the whole pack. */
function cites(value: unknown, path = "$"): { path: string; cite: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => cites(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === "cite" && typeof v === "string" && path !== "$.framework" ? [{ path, cite: v }] : cites(v, `${path}.${key}`),
  );
}

/** How each framework numbers itself, so a cite can be traced back to the text. */
const citeStyle: Record<string, RegExp> = {
  gravesham: /^framework \d+\.\d+/,
  dartford: /^code \d+(\.\d+|\([ivx]+\))?/,
  "protocol-j": /^protocol (\d+\.\d+|section \d|appendix 1)/,
  wiltshire: /^framework (section \d|sections \d|Annex 1|document control)/,
};

const packs = builtInPackIds.map((id) => ({ id }));

describe("every built-in pack", () => {
  it("gravesham is listed first and is the default", () => {
    expect(builtInPackIds[0]).toBe("gravesham");
    expect(defaultPackId).toBe("gravesham");
    expect(getBuiltInPack("no-such-council")).toBeUndefined();
  });

  it.each(packs)("$id cites a section of its own framework on every rule", ({ id }) => {
    const found = cites(pack(id));
    expect(found.length).toBeGreaterThan(50);
    for (const { path, cite } of found) expect(cite, path).toMatch(citeStyle[id]!);
  });

  it.each(packs)("$id screens out a contract for services and says what applies instead", ({ id }) => {
    const exclusion = pack(id).screening.exclusions.find((e) => e.id === "contract-for-services");
    expect(exclusion?.alternative).toMatch(/contract|procurement/i);
  });

  it.each(packs)("$id declares the roles the product expects of every council", ({ id }) => {
    const roles = pack(id).roles.map((r) => r.id);
    for (const role of ["deputy-monitoring-officer", "section-151-officer", "management-team", "portfolio-holder", "leader", "director", "lead-member", "cabinet", "cabinet-committee", "head-of-service", "change-manager"]) {
      expect(roles, role).toContain(role);
    }
  });

  it.each(packs)("$id is version 1.0.0 and says which framework it follows", ({ id }) => {
    const p = pack(id);
    expect(p.id).toBe(id);
    expect(p.version).toBe("1.0.0");
    expect(p.framework.title.length).toBeGreaterThan(10);
    expect(p.notes.join(" ")).toMatch(/product'?s? defaults?/);
  });

  it.each(packs)("$id keeps the confidential notes off the published register", ({ id }) => {
    expect(pack(id).publication.confidentialFields).toContain("ConfidentialNotes");
  });
});

describe("gravesham (the default)", () => {
  const gravesham = pack("gravesham");

  it("tries the ad hoc test before the significance test, and says why in its notes", () => {
    const rules = gravesham.categorisation[0]!.rules;
    const adHoc = rules.find((r) => r.category === "ad-hoc")!;
    const significant = rules.find((r) => r.category === "significant")!;
    expect(adHoc.precedence!).toBeLessThan(significant.precedence!);
    expect(significant.cite).toBe("framework 1.11b");
    expect(gravesham.notes.join(" ")).toMatch(/Ad hoc outranks significant/);
  });

  it("involves the Lead Member in any exit and advises Cabinet (5.3)", () => {
    expect(gravesham.exit.decisionRoles).toEqual(["lead-member"]);
    expect(gravesham.exit.informRoles).toEqual(["cabinet"]);
  });

  it("leaves ad hoc arrangements off the published register (5.9c)", () => {
    expect(gravesham.publication.exclude.some((x) => x.when.categories?.includes("ad-hoc") && x.cite === "framework 5.9c")).toBe(true);
  });

  it("asks for governance assurance in February and March (6.11)", () => {
    expect(gravesham.reviews.governanceAssurance?.window).toEqual({ fromMonth: 2, toMonth: 3 });
  });

  it("reviews full and joint-management shared services comprehensively in years 1-2 and on progress from year 3 (6.8)", () => {
    const cycle = gravesham.reviews.cycles.find((c) => c.id === "shared-service-annual-review")!;
    expect(cycle.when.subtypes).toEqual(["full", "joint-management"]);
    expect(cycle.templates.map((t) => [t.fromYear, t.toYear])).toEqual([[1, 2], [3, undefined]]);
  });

  it("has the thirteen partnership governance elements of 4.3 a-m and the eight shared service elements of 4.6 a-h", () => {
    const items = (id: string) => gravesham.checklists.find((c) => c.id === id)!.items.map((i) => i.cite);
    expect(items("partnership-governance")).toEqual("abcdefghijklm".split("").map((l) => `framework 4.3${l}`));
    expect(items("shared-service-governance")).toEqual("abcdefgh".split("").map((l) => `framework 4.6${l}`));
  });
});

describe("dartford", () => {
  const dartford = pack("dartford");
  const scorecard = dartford.categorisation[0]!.scorecard!;

  it("scores significance on exactly the thirteen criteria of 5(ii), equally weighted", () => {
    expect(scorecard.criteria).toHaveLength(13);
    expect(new Set(scorecard.criteria.map((c) => c.weight))).toEqual(new Set([1]));
    expect(scorecard.criteria.every((c) => c.cite === "code 5(ii)")).toBe(true);
    expect(scorecard.criteria.map((c) => c.text)).toContain("Assists the Council and partners to identify and deliver high level strategic priorities for the Borough");
  });

  it("makes 50% and over major and below 50% minor (5(vii))", () => {
    expect(scorecard.thresholds.map((t) => [t.category, t.minPercent])).toEqual([["minor", 0], ["major", 50]]);
  });

  it("says in its notes and on the scorecard that Appendix 1 is not in the seed", () => {
    expect(scorecard.note).toMatch(/Appendix 1/);
    expect(dartford.notes.join(" ")).toMatch(/Appendix 1 .*not in the seed/);
  });

  it("leaves the approver to the Scheme of Delegations, as a role the council assigns (5(v))", () => {
    expect(dartford.roles.find((r) => r.id === "decision-maker")?.cite).toMatch(/5\(v\)/);
    expect(dartford.routes.every((r) => r.stages.some((s) => s.type === "approval" && s.roles.includes("decision-maker")))).toBe(true);
  });

  it("closes each annual review with one of the five decisions of 6(vi)", () => {
    for (const cycle of dartford.reviews.cycles) expect(cycle.outcomes).toHaveLength(5);
  });
});

describe("protocol-j and wiltshire", () => {
  it("protocol-j has no categories, and is honest that it names no approver", () => {
    const protocol = pack("protocol-j");
    expect(protocol.categories).toEqual([]);
    expect(protocol.notes.join(" ")).toMatch(/names no approver/);
    expect(protocol.checklists[0]!.items.map((i) => i.cite)).toEqual("abcdefghijklmno".split("").map((l) => `protocol 2.7${l}`));
  });

  it("wiltshire's periodic audit asks the questions of the Annex 1 template", () => {
    const audit = pack("wiltshire").reviews.cycles.find((c) => c.id === "periodic-partnership-audit")!;
    const questions = audit.templates[0]!.questions;
    expect(questions).toHaveLength(19);
    expect(questions.every((q) => q.cite === "framework Annex 1")).toBe(true);
  });

  it("wiltshire ends a partnership for the seven reasons of section 3", () => {
    expect(pack("wiltshire").exit.reasons).toHaveLength(7);
  });
});

describe("publication rules name real register columns", () => {
  it.each(builtInPackIds.map((id) => ({ id })))("$id's confidential fields are columns of the Partnerships list", ({ id }) => {
    const columns = partnershipsList.fields.map((f) => f.internalName);
    for (const field of getBuiltInPack(id)!.publication.confidentialFields) expect(columns).toContain(field);
  });
});

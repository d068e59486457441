import { describe, expect, it } from "vitest";
import { explainWith, pack, routeOf } from "../../../support/explain-with";
import { builtInPackIds } from "../../../../src/policy/built-in-packs";
import type { PolicyPack } from "../../../../src/domain/policy-pack/pack-schema";

const dartfordCriteria = () => pack("dartford").categorisation.flatMap((c) => c.scorecard?.criteria ?? []);
const answers = (met: number, criteria = dartfordCriteria()) =>
  Object.fromEntries(criteria.map((c, i) => [c.id, i < met]));

describe("dartford: the significance scorecard (code 5(ii), 5(vii))", () => {
  it("has the thirteen criteria of 5(ii), equally weighted", () => {
    const criteria = dartfordCriteria();
    expect(criteria).toHaveLength(13);
    expect(new Set(criteria.map((c) => c.weight)).size).toBe(1);
  });

  it("seven of thirteen criteria met is 53.8%: a major partnership", () => {
    const e = explainWith("dartford", { kind: "partnership", scorecard: answers(7) });
    expect(e.score?.percent).toBe(53.8);
    expect(e.category?.id).toBe("major");
  });

  it("six of thirteen criteria met is 46.2%: a minor partnership", () => {
    const e = explainWith("dartford", { kind: "partnership", scorecard: answers(6) });
    expect(e.score?.percent).toBe(46.2);
    expect(e.category?.id).toBe("minor");
  });

  it("a score of exactly 50% is major (50%+ is major)", () => {
    // Thirteen equal weights cannot land on 50%, so weigh one criterion double: 7 of 14.
    const base = pack("dartford");
    const doubled: PolicyPack = structuredClone(base);
    const card = doubled.categorisation.find((c) => c.scorecard)!.scorecard!;
    card.criteria[0]!.weight = 2;
    const criteria = card.criteria;
    const facts = { kind: "partnership", scorecard: Object.fromEntries(criteria.map((c, i) => [c.id, i >= 1 && i <= 7])) };
    const e = explainWith(doubled, facts);
    expect(e.score?.metWeight).toBe(7);
    expect(e.score?.totalWeight).toBe(14);
    expect(e.score?.percent).toBe(50);
    expect(e.category?.id).toBe("major");
  });

  it("shows the scorecard's working criterion by criterion and says Appendix 1 is not in the seed", () => {
    const e = explainWith("dartford", { kind: "partnership", scorecard: answers(7) });
    expect(e.score?.criteria.filter((c) => c.met)).toHaveLength(7);
    expect(e.score?.note ?? "").toMatch(/Appendix 1/);
    expect(e.reasons.find((r) => r.topic === "category")?.text).toMatch(/53\.8%/);
  });

  it("an unanswered scorecard is minor, with every criterion shown as not met", () => {
    const e = explainWith("dartford", { kind: "partnership" });
    expect(e.category?.id).toBe("minor");
    expect(e.score?.criteria.every((c) => !c.met)).toBe(true);
  });
});

describe("wiltshire: participation approved by head of service and director (framework section 3)", () => {
  it.each([{ councilResource: 0 }, { councilResource: 250000 }, { councilResource: 1000, memberInvolvement: true }])(
    "any participation is approved by the head of service and the director (%o)",
    (facts) => {
      const e = explainWith("wiltshire", { kind: "partnership", ...facts });
      const approvals = routeOf(e).filter((s) => s.type === "approval");
      expect(approvals).toEqual([{ type: "approval", roles: ["director", "head-of-service"] }]);
    },
  );
});

describe("screening in every pack", () => {
  it.each(builtInPackIds.map((id) => ({ id })))("$id screens out a contract for services, citing the exclusion", ({ id }) => {
    const e = explainWith(id, { kind: "partnership", exclusions: ["contract-for-services"] });
    expect(e.screening.result).toBe("out");
    if (e.screening.result !== "out") return;
    expect(e.screening.exclusion.id).toBe("contract-for-services");
    expect(e.screening.cite).toMatch(/\d|section/);
    expect(e.route).toEqual([]);
    const reason = e.reasons.find((r) => r.topic === "screening")!;
    expect(reason.text).toMatch(/^Screened out/);
  });

  it.each(builtInPackIds.map((id) => ({ id })))("$id screens in a proposal with no exclusion", ({ id }) => {
    expect(explainWith(id, { kind: "partnership" }).screening.result).toBe("in");
  });
});

describe("protocol-j", () => {
  it("does not categorise partnerships, and says why", () => {
    const e = explainWith("protocol-j", { kind: "partnership", councilResource: 80000 });
    expect(e.category).toBeNull();
    expect(e.reasons.find((r) => r.topic === "category")?.text).toMatch(/Not categorised/);
    expect(e.route.length).toBeGreaterThan(0);
  });
});

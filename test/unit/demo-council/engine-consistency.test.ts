import { describe, expect, it } from "vitest";
import { explain } from "../../../src/domain/engine/explain";
import type { Facts } from "../../../src/domain/facts/facts";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";
import { resolveRole } from "../../../src/demo-council/resolve-role";
import { demoCalendar } from "../../../src/demo-council/demo-calendar";
import { arrangementSpecs } from "../../../src/demo-council/arrangements";
import { council, today } from "./resolve-with-fake-ids";

const pack = getBuiltInPack("gravesham")!;
const factsOf = (key: string) => council.evaluations.find((e) => e.key === key)?.record.answers.facts as Facts | undefined;
// The route into the arrangement; an exit's route is held to the pack's exit rules in exit-routes.test.ts.
const stagesOf = (key: string) => council.approvalStages.filter((s) => s.record.arrangementId.key === key && s.record.routePurpose !== "exit").map((s) => s.record);
const allStagesOf = (key: string) => council.approvalStages.filter((s) => s.record.arrangementId.key === key).map((s) => s.record);
const routed = council.arrangements.filter((a) => stagesOf(a.key).length > 0);

describe("the demo agrees with the gravesham engine", () => {
  it("every evaluated arrangement has the category the engine gives for the facts in its evaluation", () => {
    for (const { key, record } of council.arrangements) {
      const facts = factsOf(key);
      if (!facts || record.status === "evaluation") continue;
      expect(record.category ?? null, key).toBe(explain(pack, facts).category?.id ?? null);
    }
  });

  it("a significant partnership costs at least £50,000, is statutory or is fundamental to the Corporate Plan", () => {
    for (const spec of arrangementSpecs.filter((s) => s.category === "significant")) {
      const f = spec.facts;
      expect((f.councilResource ?? 0) >= 50_000 || f.statutory || f.fundamentalToCorporateObjective, spec.key).toBe(true);
    }
  });

  it.each(council.arrangements.filter((a) => a.record.status === "awaiting-approval").map((a) => [a.record.name, a.key]))(
    "%s awaits approval on the stages explain() routes it through",
    (_name, key) => {
      const route = explain(pack, factsOf(key)!).route;
      expect(stagesOf(key).map((s) => [s.order, s.type, s.roles])).toEqual(route.map((s, i) => [i + 1, s.type, s.roles]));
      expect(stagesOf(key).filter((s) => s.status === "pending").length).toBeGreaterThan(0);
    },
  );

  it("every routed arrangement follows explain()'s route, with opinions before any approval or meeting", () => {
    expect(routed.length).toBeGreaterThanOrEqual(10);
    for (const { key } of routed) {
      const route = explain(pack, factsOf(key)!).route;
      const stages = stagesOf(key);
      expect(stages.map((s) => s.label), key).toEqual(route.map((s) => s.label));
      const lastOpinion = stages.map((s) => s.type).lastIndexOf("opinion");
      const firstDecision = stages.findIndex((s) => s.type === "approval" || s.type === "meeting");
      if (lastOpinion >= 0 && firstDecision >= 0) expect(lastOpinion, key).toBeLessThan(firstDecision);
    }
  });

  it("assigns each stage to the people who hold its roles for the arrangement's portfolio and directorate", () => {
    const calendar = demoCalendar(today);
    for (const spec of arrangementSpecs) {
      for (const stage of allStagesOf(spec.key)) {
        const day = (stage.requestedAt ?? `${today}T`).slice(0, 10);
        const expected = stage.roles.flatMap((role) => resolveRole(role, spec, day, calendar).people);
        expect(stage.assignees?.map((a) => a.$person), `${spec.key} stage ${stage.order}`).toEqual(expected);
        expect(expected.length, `${spec.key} stage ${stage.order} has a holder`).toBeGreaterThan(0);
      }
    }
  });

  it("records a statutory opinion for each opinion decision, from the officer who gave it", () => {
    for (const stage of council.approvalStages.filter((s) => s.record.type === "opinion")) {
      const opinions = council.opinions.filter((o) => o.record.stageId.key === stage.key);
      expect(opinions.map((o) => o.record.officer.$person), stage.key).toEqual((stage.record.decisions ?? []).map((d) => d.by.$person));
    }
  });

  it("a decision taken by a delegate says on whose behalf", () => {
    const byDelegate = council.approvalStages.flatMap((s) => s.record.decisions ?? []).filter((d) => d.onBehalfOf);
    expect(byDelegate.map((d) => [d.by.$person, d.onBehalfOf?.$person])).toEqual([["ph-finance", "leader"]]);
  });

  it("the audit trail of every arrangement ends in the state the register shows", () => {
    for (const { key, record } of council.arrangements) {
      const moves = council.auditEntries.filter((e) => e.record.arrangementId?.key === key && e.record.listTitle === "Partnerships");
      const last = moves[moves.length - 1]?.record.changes.status?.after;
      expect(last, key).toBe(record.status);
    }
  });
});

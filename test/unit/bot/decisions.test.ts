import { describe, expect, it } from "vitest";
import { cardVerbs } from "../../../src/cards/card-types";
import { requestForVerb } from "../../../src/bot/verb-decision";
import { checkInputs, verbFitsStage } from "../../../src/sharepoint/approvals/decision-inputs";
import { actingRoles, rolesOfAssignees } from "../../../src/sharepoint/approvals/acting-roles";

describe("card verbs", () => {
  it("map to the register's decisions, and refresh to a fresh view", () => {
    expect(requestForVerb(cardVerbs.refresh)).toEqual({ kind: "refresh" });
    expect(requestForVerb(cardVerbs.giveOpinion)).toEqual({ kind: "decision", verb: "opinion" });
    expect(requestForVerb(cardVerbs.approve)).toEqual({ kind: "decision", verb: "approve" });
    expect(requestForVerb(cardVerbs.reject)).toEqual({ kind: "decision", verb: "reject" });
    expect(requestForVerb(cardVerbs.requestChanges)).toEqual({ kind: "decision", verb: "request-changes" });
    expect(requestForVerb(cardVerbs.noted)).toEqual({ kind: "decision", verb: "noted" });
  });

  it("fit only their kind of stage: no approving an opinion stage, nothing from a card on a meeting", () => {
    expect(verbFitsStage("opinion", "opinion")).toBe(true);
    expect(verbFitsStage("approve", "opinion")).toBe(false);
    expect(verbFitsStage("request-changes", "approval")).toBe(true);
    expect(verbFitsStage("approve", "meeting")).toBe(false);
  });
});

describe("what a card must carry", () => {
  it("an opinion needs its text and a view, both named in one go", () => {
    const checked = checkInputs("opinion", {});
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems).toHaveLength(2);
      expect(checked.problems[0]).toMatch(/^Write your opinion/);
      expect(checked.problems[1]).toMatch(/^Choose your view/);
    }
    expect(checkInputs("opinion", { view: "maybe", opinion: "Fine" })).toEqual({ ok: false, problems: [expect.stringMatching(/"maybe" is not a view/)] });
    expect(checkInputs("opinion", { view: "concerns", opinion: "  Match funding unconfirmed. " })).toEqual({ ok: true, view: "concerns", opinion: "Match funding unconfirmed." });
  });

  it("a rejection or a request for changes needs a comment saying why; an approval does not", () => {
    expect(checkInputs("reject", { comment: "  " })).toEqual({ ok: false, problems: [expect.stringMatching(/Add a comment saying why before you reject/)] });
    expect(checkInputs("request-changes", {})).toEqual({ ok: false, problems: [expect.stringMatching(/before you ask for changes/)] });
    expect(checkInputs("approve", {})).toEqual({ ok: true });
  });
});

describe("who may act on a stage", () => {
  const leader = { id: 1, title: "Cllr Margaret Holloway" };
  const ph = { id: 2, title: "Cllr Susan Pritchard" };
  const stage = { roles: ["portfolio-holder", "leader"], assignees: [ph, leader] };
  const holders = [
    { roleId: "leader", person: leader, delegate: ph },
    { roleId: "portfolio-holder", person: ph },
  ];

  it("knows each assignee's role from the role holders", () => {
    expect(rolesOfAssignees(stage, holders, "2026-04-01")).toEqual(new Map([[2, ["portfolio-holder"]], [1, ["leader"]]]));
  });

  it("lets an assignee act, and a recorded delegate act for the person they stand in for", () => {
    expect(actingRoles(stage, holders, 1, "2026-04-01")).toEqual([{ role: "leader", assignee: leader }]);
    expect(actingRoles(stage, holders, 2, "2026-04-01")).toEqual([
      { role: "portfolio-holder", assignee: ph },
      { role: "leader", assignee: leader, onBehalfOf: leader },
    ]);
    expect(actingRoles(stage, holders, 9, "2026-04-01")).toEqual([]);
  });

  it("ignores a delegation that has ended", () => {
    const ended = [{ roleId: "leader", person: leader, delegate: ph, activeTo: "2025-01-01" }, { roleId: "portfolio-holder", person: ph }];
    expect(actingRoles(stage, ended, 2, "2026-04-01").map((a) => a.role)).toEqual(["portfolio-holder"]);
  });
});

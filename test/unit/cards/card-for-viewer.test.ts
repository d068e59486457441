import { describe, expect, it } from "vitest";
import { cardForViewer } from "../../../src/cards/card-for-viewer";
import { cardVerbs, type CardContext } from "../../../src/cards/card-types";
import { approvalContext, bystander, informContext, leader, opinionContext, portfolioHolder, s151 } from "./card-fixtures";
import { buttonVerbs } from "./card-inspect";

const withStage = (ctx: CardContext, stage: Partial<CardContext["stage"]>): CardContext => ({ ...ctx, stage: { ...ctx.stage, ...stage } });

describe("what a refresh shows each viewer", () => {
  it("gives the assigned approver the buttons and everyone else the current state", () => {
    const ctx = approvalContext();
    expect(buttonVerbs(cardForViewer(ctx, leader.userId))).toEqual([cardVerbs.approve, cardVerbs.reject, cardVerbs.requestChanges]);
    expect(buttonVerbs(cardForViewer(ctx, bystander.userId))).toEqual([]);
    expect(buttonVerbs(cardForViewer(ctx, undefined))).toEqual([]);
    expect(buttonVerbs(cardForViewer(ctx, ""))).toEqual([]);
  });

  it("gives a statutory officer the opinion form", () => {
    expect(buttonVerbs(cardForViewer(opinionContext(), s151.userId))).toEqual([cardVerbs.giveOpinion]);
  });

  it("takes the buttons away from an approver who has already answered, while others still can", () => {
    const ctx = withStage(approvalContext(), { decisions: [{ person: portfolioHolder, decision: "approved", at: "2025-02-21T09:00:00Z" }] });
    expect(buttonVerbs(cardForViewer(ctx, portfolioHolder.userId))).toEqual([]);
    expect(buttonVerbs(cardForViewer(ctx, leader.userId))).toHaveLength(3);
  });

  it("gives nobody buttons once the stage is decided", () => {
    for (const status of ["approved", "rejected", "changes-requested", "cancelled"] as const) {
      expect(buttonVerbs(cardForViewer(withStage(approvalContext(), { status }), leader.userId))).toEqual([]);
    }
  });

  it("recognises an Entra object id whatever its case", () => {
    const ctx = approvalContext();
    const objectId = "6F2C1A9E-0B4D-4C3E-9A1F-2D3E4F5A6B7C";
    const withGuid = withStage(ctx, { assignees: [{ ...leader, userId: objectId }] });
    expect(buttonVerbs(cardForViewer(withGuid, objectId.toLowerCase()))).toHaveLength(3);
  });

  it("lets a kept-informed member acknowledge once, even after the route has noted the stage", () => {
    const ctx = informContext();
    expect(buttonVerbs(cardForViewer(ctx, leader.userId))).toEqual([cardVerbs.noted]);
    const acknowledged = withStage(ctx, { decisions: [{ person: leader, decision: "noted", at: "2025-03-01T08:00:00Z" }] });
    expect(buttonVerbs(cardForViewer(acknowledged, leader.userId))).toEqual([]);
  });

  it("gives no buttons for a meeting, which is recorded in the register", () => {
    const ctx = withStage(approvalContext(), { type: "meeting", label: "Management Team" });
    expect(buttonVerbs(cardForViewer(ctx, leader.userId))).toEqual([]);
  });
});

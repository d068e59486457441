import { describe, expect, it } from "vitest";
import { approvalRequestCard } from "../../../src/cards/approval-request-card";
import { cardInputIds, cardVerbs, type CardPerson } from "../../../src/cards/card-types";
import { informCard } from "../../../src/cards/inform-card";
import { opinionRequestCard } from "../../../src/cards/opinion-request-card";
import { reminderCard } from "../../../src/cards/reminder-card";
import { approvalContext, informContext, leader, opinionContext, portfolioHolder, recordUrl } from "./card-fixtures";
import { allNodes, buttonVerbs, buttons, headerStyle, inputs, openRecordUrl, refreshOf, visibleText } from "./card-inspect";

describe("a statutory officer's card", () => {
  const card = opinionRequestCard(opinionContext());

  it("asks for a view (supports, has concerns, objects) and a written opinion, both required", () => {
    const [view, opinion] = inputs(card);
    expect(view).toMatchObject({ type: "Input.ChoiceSet", id: cardInputIds.view, isRequired: true, style: "expanded" });
    expect(view?.choices).toEqual([
      { title: "Supports", value: "supports" },
      { title: "Has concerns", value: "concerns" },
      { title: "Objects", value: "objects" },
    ]);
    expect(opinion).toMatchObject({ type: "Input.Text", id: cardInputIds.opinion, isRequired: true, isMultiline: true });
    for (const input of [view, opinion]) expect(input).toHaveProperty("errorMessage");
  });

  it("gives the opinion with one button that sends the inputs", () => {
    expect(buttons(card)).toEqual([
      expect.objectContaining({ verb: cardVerbs.giveOpinion, associatedInputs: "auto", data: { stageId: 501, arrangementId: 42 } }),
    ]);
  });
});

describe("an approver's card", () => {
  const card = approvalRequestCard(approvalContext());

  it("offers Approve, Reject and Request changes", () => {
    expect(buttonVerbs(card)).toEqual([cardVerbs.approve, cardVerbs.reject, cardVerbs.requestChanges]);
  });

  it("needs a comment to reject or ask for changes, and none to approve — and says so", () => {
    const [comment] = inputs(card);
    expect(comment).toMatchObject({ type: "Input.Text", id: cardInputIds.comment, isRequired: true });
    expect(comment?.errorMessage).toMatch(/comment/i);
    const gathers = Object.fromEntries(buttons(card).map((b) => [b.verb, b.associatedInputs]));
    expect(gathers).toEqual({ [cardVerbs.approve]: "none", [cardVerbs.reject]: "auto", [cardVerbs.requestChanges]: "auto" });
    expect(visibleText(card)).toMatch(/comment is needed to reject or to ask for changes/i);
  });
});

describe("an inform card", () => {
  const card = informCard(informContext());

  it("asks nothing and offers only an optional Noted", () => {
    expect(inputs(card)).toEqual([]);
    expect(buttons(card)).toEqual([expect.objectContaining({ verb: cardVerbs.noted, associatedInputs: "none" })]);
    expect(visibleText(card)).toMatch(/nothing you need to do/);
  });
});

describe("a reminder", () => {
  it("says how long it has waited, under a warning band, with the same buttons and inputs as the request", () => {
    for (const [request, ctx] of [
      [opinionRequestCard, opinionContext()],
      [approvalRequestCard, approvalContext()],
      [informCard, informContext()],
    ] as const) {
      const reminder = reminderCard({ ...ctx, daysWaiting: 6 });
      expect(buttons(reminder)).toEqual(buttons(request(ctx)));
      expect(inputs(reminder)).toEqual(inputs(request(ctx)));
      expect(headerStyle(reminder)).toBe("warning");
      expect(visibleText(reminder)).toContain("Reminder: waiting 6 days for you");
    }
    expect(visibleText(reminderCard({ ...approvalContext(), daysWaiting: 1 }))).toContain("waiting 1 day for you");
  });
});

describe("every request card", () => {
  const requests = [
    opinionRequestCard(opinionContext()),
    approvalRequestCard(approvalContext()),
    informCard(informContext()),
    reminderCard({ ...approvalContext(), daysWaiting: 3 }),
  ];

  it("asks Teams to refresh it for exactly its assignees, so they see buttons and others the state", () => {
    const approval = refreshOf(approvalRequestCard(approvalContext()));
    expect(approval?.action).toEqual({ type: "Action.Execute", verb: cardVerbs.refresh, data: { stageId: 503, arrangementId: 42 } });
    expect(approval?.userIds).toEqual([portfolioHolder.userId, leader.userId]);
    expect(refreshOf(opinionRequestCard(opinionContext()))?.userIds).toEqual(["29:1s151-priya-mri", "29:1mo-tom-mri"]);
  });

  it("lists at most 60 people for a personal view, each once, skipping anyone Teams can't identify", () => {
    const many: CardPerson[] = Array.from({ length: 70 }, (_, i) => ({ id: i + 1, title: `Member ${i + 1}`, userId: `29:member-${i + 1}` }));
    const ctx = approvalContext();
    const assignees = [leader, leader, { id: 500, title: "No Teams id" }, ...many];
    const userIds = refreshOf(approvalRequestCard({ ...ctx, stage: { ...ctx.stage, assignees } }))?.userIds ?? [];
    expect(userIds).toHaveLength(60);
    expect(new Set(userIds).size).toBe(60);
    expect(userIds[0]).toBe(leader.userId);
  });

  it("carries only the stage and arrangement ids in every button", () => {
    for (const card of requests) {
      for (const node of allNodes(card).filter((n) => n.type === "Action.Execute")) {
        expect(Object.keys(node.data as object).sort()).toEqual(["arrangementId", "stageId"]);
      }
    }
  });

  it("summarises what a member needs to decide, and links to the record", () => {
    const text = visibleText(approvalRequestCard(approvalContext()));
    for (const expected of [
      "North Kent Community Safety Partnership",
      "Kind: Partnership",
      "Category: Significant",
      "Scored 64% on the significance scorecard",
      "Council money: £45,000 a year",
      "Kent Police, Dartford Borough Council and Kent Fire and Rescue Service",
      "Lead officer: Sam Green",
      "Reduce anti-social behaviour",
      "Six months' notice to partners",
      "Director of Communities",
      "Priya Shah",
      "Supports",
      "Budget is available within the community safety reserve.",
      "Has concerns",
      "A data sharing agreement must be signed first.",
    ]) {
      expect(text).toContain(expected);
    }
    expect(openRecordUrl(approvalRequestCard(approvalContext()))).toBe(recordUrl);
  });

  it("shows the three biggest risks by likelihood × impact, biggest first", () => {
    const text = visibleText(opinionRequestCard(opinionContext()));
    const order = ["CCTV contract overspend", "Partner funding withdrawn", "Data sharing breach"].map((title) => text.indexOf(title));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("Likelihood 4 × impact 4");
    expect(text).not.toContain("Low attendance at board");
  });
});

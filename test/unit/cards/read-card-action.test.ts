import { describe, expect, it } from "vitest";
import { cardVerbs } from "../../../src/cards/card-types";
import { readCardAction } from "../../../src/cards/read-card-action";

const invoke = (action: unknown, trigger?: string) => ({ action, ...(trigger ? { trigger } : {}) });

describe("reading a button press back from Teams", () => {
  it("reads a rejection with its comment", () => {
    const result = readCardAction(invoke({ type: "Action.Execute", verb: "approval.reject", data: { stageId: 503, arrangementId: 42, comment: "  No exit strategy. " } }));
    expect(result).toEqual({ ok: true, action: { verb: cardVerbs.reject, stageId: 503, arrangementId: 42, trigger: "manual", comment: "No exit strategy." } });
  });

  it("reads an opinion's view and text, and a refresh Teams started itself", () => {
    const opinion = readCardAction(invoke({ type: "Action.Execute", verb: "opinion.give", data: { stageId: 501, arrangementId: 42, view: "objects", opinion: "Unlawful." } }));
    expect(opinion).toMatchObject({ ok: true, action: { view: "objects", opinion: "Unlawful." } });
    const refresh = readCardAction(invoke({ type: "Action.Execute", verb: "card.refresh", data: { stageId: "501", arrangementId: "42" } }, "automatic"));
    expect(refresh).toEqual({ ok: true, action: { verb: cardVerbs.refresh, stageId: 501, arrangementId: 42, trigger: "automatic" } });
  });

  it("drops a view it does not know and an empty comment, leaving the bot to refuse", () => {
    const result = readCardAction(invoke({ type: "Action.Execute", verb: "opinion.give", data: { stageId: 1, arrangementId: 2, view: "meh", opinion: "   " } }));
    expect(result).toEqual({ ok: true, action: { verb: cardVerbs.giveOpinion, stageId: 1, arrangementId: 2, trigger: "manual" } });
  });

  it("says what is wrong with anything that is not one of our actions", () => {
    expect(readCardAction(undefined)).toEqual({ ok: false, problem: "the invoke carries no Action.Execute" });
    expect(readCardAction(invoke({ type: "Action.Submit", verb: "approval.approve" }))).toMatchObject({ ok: false });
    expect(readCardAction(invoke({ type: "Action.Execute", verb: "admin.delete", data: { stageId: 1, arrangementId: 2 } }))).toEqual({
      ok: false,
      problem: 'unknown card verb "admin.delete"',
    });
    for (const data of [{}, { stageId: 0, arrangementId: 2 }, { stageId: 1.5, arrangementId: 2 }, { stageId: "1; drop", arrangementId: 2 }, null]) {
      expect(readCardAction(invoke({ type: "Action.Execute", verb: "approval.approve", data }))).toEqual({
        ok: false,
        problem: "the card action names no stage or arrangement",
      });
    }
  });
});

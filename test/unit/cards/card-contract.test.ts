import { describe, expect, it } from "vitest";
import * as cards from "../../../src/cards/index";
import { formatPounds } from "../../../src/cards/format-values";
import { approvalContext } from "./card-fixtures";

describe("the contract the approvals bot codes against", () => {
  it("names the verbs exactly", () => {
    expect(cards.cardVerbs).toEqual({
      giveOpinion: "opinion.give",
      approve: "approval.approve",
      reject: "approval.reject",
      requestChanges: "approval.changes",
      noted: "inform.noted",
      refresh: "card.refresh",
    });
  });

  it("exports every builder", () => {
    for (const name of ["opinionRequestCard", "approvalRequestCard", "informCard", "decidedCard", "reminderCard", "notAssigneeCard", "cardForViewer", "escapeCardText"] as const) {
      expect(typeof cards[name]).toBe("function");
    }
  });

  it("refuses a record link that is not a web address, rather than show it to a member", () => {
    const ctx = approvalContext();
    for (const recordUrl of ["javascript:alert(1)", "not a url", `https://x.example/${"a".repeat(3000)}`]) {
      expect(() => cards.approvalRequestCard({ ...ctx, arrangement: { ...ctx.arrangement, recordUrl } })).toThrow(/record link/);
    }
  });
});

describe("money on a card", () => {
  it("is written in pounds as an officer would write it", () => {
    expect(formatPounds(45000)).toBe("£45,000");
    expect(formatPounds(1250.5)).toBe("£1,250.50");
    expect(formatPounds(0)).toBe("£0");
    expect(formatPounds(undefined)).toBe("Not recorded");
    expect(formatPounds(Number.NaN)).toBe("Not recorded");
  });
});

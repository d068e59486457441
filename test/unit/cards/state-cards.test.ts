import { describe, expect, it } from "vitest";
import { decidedCard } from "../../../src/cards/decided-card";
import { notAssigneeCard } from "../../../src/cards/not-assignee-card";
import { statusCard } from "../../../src/cards/status-card";
import { approvalContext, bystander, leader, portfolioHolder, recordUrl } from "./card-fixtures";
import { buttons, headerStyle, inputs, openRecordUrl, refreshOf, visibleText } from "./card-inspect";

const approvedBoth = () => {
  const ctx = approvalContext();
  return {
    ...ctx,
    stage: {
      ...ctx.stage,
      status: "approved" as const,
      decisions: [
        { person: portfolioHolder, decision: "approved", at: "2025-02-21T09:00:00Z" },
        { person: leader, decision: "approved", comment: "Subject to the data sharing agreement.", at: "2025-02-22T16:30:00Z" },
      ],
    },
  };
};

describe("the card everyone sees once a stage is decided", () => {
  it("shows the outcome in green, who decided and when, with no buttons and no refresh", () => {
    const card = decidedCard({ ...approvedBoth(), outcome: "approved", decidedBy: leader, comment: "Subject to the data sharing agreement." });
    expect(headerStyle(card)).toBe("good");
    expect(buttons(card)).toEqual([]);
    expect(inputs(card)).toEqual([]);
    expect(refreshOf(card)).toBeUndefined();
    const text = visibleText(card);
    expect(text).toContain("Approved");
    expect(text).toContain("Decided by **Cllr Jane Rowe** on 22 February 2025 at 16:30");
    expect(text).toContain("Subject to the data sharing agreement.");
    expect(openRecordUrl(card)).toBe(recordUrl);
  });

  it("shows a rejection in red with its escaped reason", () => {
    const ctx = approvalContext();
    const card = decidedCard({
      ...ctx,
      stage: { ...ctx.stage, status: "rejected" },
      outcome: "rejected",
      decidedBy: leader,
      comment: "See [here](https://evil) **now**",
    });
    expect(headerStyle(card)).toBe("attention");
    expect(visibleText(card)).toContain("Rejected");
    expect(visibleText(card)).toContain("See \\[here\\]\\(https://evil\\) \\*\\*now\\*\\*");
  });

  it("takes an outcome in words when it is not a stage status", () => {
    const card = decidedCard({ ...approvedBoth(), outcome: "Agreed by **Cabinet**" });
    expect(visibleText(card)).toContain("Agreed by \\*\\*Cabinet\\*\\*");
    expect(headerStyle(card)).toBe("good");
  });
});

describe("the current state of a pending stage", () => {
  it("says whom it still waits for, with no buttons, and keeps refreshing for the assignees", () => {
    const ctx = approvalContext();
    const card = statusCard({ ...ctx, stage: { ...ctx.stage, decisions: [{ person: portfolioHolder, decision: "approved", at: "2025-02-21T09:00:00Z" }] } });
    expect(visibleText(card)).toContain("Waiting for Cllr Jane Rowe.");
    expect(visibleText(card)).toContain("**Cllr Amir Patel** · Approved · 21 February 2025 at 09:00");
    expect(buttons(card)).toEqual([]);
    expect(refreshOf(card)?.userIds).toEqual([portfolioHolder.userId, leader.userId]);
    expect(headerStyle(card)).toBe("emphasis");
  });

  it("becomes the decided card once the stage is decided", () => {
    const card = statusCard(approvedBoth());
    expect(headerStyle(card)).toBe("good");
    expect(refreshOf(card)).toBeUndefined();
    expect(visibleText(card)).toContain("Decided by **Cllr Jane Rowe**");
  });
});

describe("someone who presses a button on a decision that is not theirs", () => {
  it("is told whose decision it is and that nothing was recorded, with no buttons", () => {
    const card = notAssigneeCard({ ...approvalContext(), actor: bystander });
    const text = visibleText(card);
    expect(text).toContain("This decision is assigned to **Cllr Amir Patel and Cllr Jane Rowe** as Portfolio Holder and Leader.");
    expect(text).toContain("Kim Lee, you can't act on it");
    expect(buttons(card)).toEqual([]);
    expect(inputs(card)).toEqual([]);
    expect(headerStyle(card)).toBe("attention");
  });
});

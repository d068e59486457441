import { describe, expect, it } from "vitest";
import { approvalRequestCard } from "../../../src/cards/approval-request-card";
import { cardVerbs } from "../../../src/cards/card-types";
import { decidedCard } from "../../../src/cards/decided-card";
import { approvalContext } from "./card-fixtures";
import { exitContext } from "./card-builders";
import { buttonVerbs, buttons, visibleText } from "./card-inspect";

describe("a Lead Member's card for a decision to exit", () => {
  const card = approvalRequestCard(exitContext());
  const text = visibleText(card);

  it("says it is a decision to end the arrangement, before anything else, with the reason, notice, succession, liabilities and assets", () => {
    expect(text).toContain("Your decision on ending this arrangement is needed");
    expect(text.indexOf("This is a decision to end the arrangement")).toBeLessThan(text.indexOf("Purpose"));
    for (const words of ["Not giving good value for the money", "Six months' written notice", "The CCTV monitoring continues", "None after the final quarter", "The cameras return to the council"]) {
      expect(text).toContain(words);
    }
  });

  it("offers Approve the exit and Refuse the exit (a comment is needed to refuse), and no request for changes", () => {
    expect(buttonVerbs(card)).toEqual([cardVerbs.approve, cardVerbs.reject]);
    expect(buttons(card).map((b) => b.title)).toEqual(["Approve the exit", "Refuse the exit"]);
    expect(text).toContain("A comment is needed to refuse the exit.");
  });

  it("once decided, names the outcome as the exit's", () => {
    expect(visibleText(decidedCard({ ...exitContext(), outcome: "approved" }))).toContain("Exit approved");
    expect(visibleText(decidedCard({ ...exitContext(), outcome: "rejected" }))).toContain("Exit refused");
  });

  it("an approval to enter an arrangement is unchanged: no exit wording", () => {
    const entry = visibleText(approvalRequestCard(approvalContext()));
    expect(entry).not.toContain("decision to end the arrangement");
    expect(entry).toContain("Your approval is needed");
  });
});

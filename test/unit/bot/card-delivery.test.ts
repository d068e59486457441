import { describe, expect, it } from "vitest";
import { describeReport, mergeReports, reviewSubject, stageSubject } from "../../../src/bot/card-delivery";

describe("the delivery report names what each card was about", () => {
  const report = mergeReports(
    { sent: [], unreachable: [{ person: "Cllr Susan Pritchard", subject: stageSubject(12) }], failed: [] },
    { sent: [], unreachable: [{ person: "Paul Reddy", subject: reviewSubject(40) }], failed: [{ person: "Kevin Marsh", subject: reviewSubject(41), error: "Teams is not answering." }] },
  );

  it("an approval card is about a stage, a review card about a review", () => {
    expect(describeReport(report)).toEqual([
      "Cllr Susan Pritchard has not installed the Partnership Register app in Teams, so their card for stage #12 was not sent.",
      "Paul Reddy has not installed the Partnership Register app in Teams, so their card for review #40 was not sent.",
      "The card for Kevin Marsh (review #41) could not be delivered: Teams is not answering.",
    ]);
  });
});

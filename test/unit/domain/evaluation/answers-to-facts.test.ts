import { describe, expect, it } from "vitest";
import { factsFromAnswers } from "../../../../src/domain/evaluation/answers-to-facts";
import { factQuestions } from "../../../../src/domain/evaluation/fact-questions";
import { pack } from "../../../support/explain-with";

describe("the facts the policy engine judges, read from the wizard's answers", () => {
  it("council money, staff time and assets add up to the council resource when the officer has not stated it", () => {
    const facts = factsFromAnswers({ kind: { kind: "partnership" }, money: { councilMoney: 40000, staffTime: 8000, assets: 2000, externalFunding: 90000 } });
    expect(facts.councilResource).toBe(50000);
  });

  it("what the officer states on the significance step wins over the sum of the money step", () => {
    const facts = factsFromAnswers({ kind: { kind: "partnership" }, significance: { facts: { councilResource: 12000 }, scorecard: {} }, money: { councilMoney: 90000 } });
    expect(facts.councilResource).toBe(12000);
  });

  it("councillors on the board, said in the basics, answers the member-involvement question", () => {
    expect(factsFromAnswers({ kind: { kind: "partnership" }, basics: { memberInvolvement: true } }).memberInvolvement).toBe(true);
  });

  it("screening ticks, the scorecard and a real start date reach the engine; a half-typed date does not", () => {
    const facts = factsFromAnswers({
      screening: { exclusions: ["contract-for-services"] },
      kind: { kind: "shared-service", subtype: "full" },
      significance: { facts: {}, scorecard: { "high-public-profile": true } },
      basics: { startDate: "2027-04-01" },
    });
    expect(facts).toEqual({ kind: "shared-service", subtype: "full", exclusions: ["contract-for-services"], scorecard: { "high-public-profile": true }, startDate: "2027-04-01" });
    expect(factsFromAnswers({ kind: { kind: "partnership" }, basics: { startDate: "2027-04" } }).startDate).toBeUndefined();
  });
});

describe("the significance step's questions", () => {
  it("gravesham asks a partnership the facts its significance rules test, urgency first (1.11a before 1.11b)", () => {
    expect(factQuestions(pack("gravesham"), "partnership").map((q) => q.id)).toEqual([
      "urgentWithinOneMonth", "externalCause", "councilResource", "fundamentalToCorporateObjective", "statutory", "publicFacing", "memberInvolvement",
    ]);
  });

  it("a working group is asked nothing: gravesham does not assess it as a partnership (2.15)", () => {
    expect(factQuestions(pack("gravesham"), "working-group")).toEqual([]);
  });

  it("dartford asks its own fact on personal information as well as the ones its routes test", () => {
    const questions = factQuestions(pack("dartford"), "partnership");
    expect(questions.map((q) => q.id)).toEqual(expect.arrayContaining(["councilIsAccountableBody", "councilResource", "unbudgetedCommitment", "sharesPersonalInformation"]));
    expect(questions.find((q) => q.id === "councilIsAccountableBody")).toMatchObject({ required: true, cite: "code 13(vi), 5(v)" });
  });
});

import { describe, expect, it } from "vitest";
import { fromStoredAnswers, toStoredAnswers } from "../../../../src/sharepoint/evaluations/stored-answers";
import { pack } from "../../../support/explain-with";
import { significantPartnershipAnswers } from "../../../support/evaluation-answers";

const gravesham = pack("gravesham");
const answers = significantPartnershipAnswers({ lead: { id: 7 }, directorate: 1, portfolio: 4 });

describe("the wizard's answers as the Evaluations list keeps them", () => {
  it("are stored with the facts they come to, which the approvals code reads", () => {
    const stored = toStoredAnswers(answers, gravesham);
    expect(stored.facts).toEqual({
      kind: "partnership",
      urgentWithinOneMonth: false,
      externalCause: false,
      fundamentalToCorporateObjective: false,
      statutory: false,
      publicFacing: false,
      councilResource: 65000,
      memberInvolvement: false,
      startDate: "2027-04-01",
    });
  });

  it("come back as they were, and the derived facts are not read back as the officer's statements", () => {
    const { basics: _b, ...rest } = answers;
    const stored = toStoredAnswers({ ...rest, significance: { facts: {}, scorecard: {} } }, gravesham);
    const read = fromStoredAnswers(JSON.parse(JSON.stringify(stored)));
    expect(read.problems).toEqual([]);
    expect(read.answers.significance?.facts).toEqual({});
    expect(read.answers.money).toEqual(answers.money);
  });

  it("a fact a later pack no longer knows stays in the answers but not among the facts it judges", () => {
    const stored = toStoredAnswers({ kind: { kind: "partnership" }, significance: { facts: { retiredQuestion: true }, scorecard: {} } }, gravesham);
    expect(stored.facts).toEqual({ kind: "partnership" });
    expect(fromStoredAnswers(stored).answers.significance?.facts).toEqual({ retiredQuestion: true });
  });

  it("a draft written before the wizard (facts and a text per section) resumes with everything it said", () => {
    const read = fromStoredAnswers({
      facts: { kind: "shared-service", subtype: "full", councilResource: 80000, exclusions: [], startDate: "2025-04-01" },
      "business-case": "Saves two posts across the councils.",
      safeguarding: "DBS checks for all staff.",
    });
    expect(read.answers).toEqual({
      kind: { kind: "shared-service", subtype: "full" },
      screening: { exclusions: [] },
      significance: { facts: { councilResource: 80000 }, scorecard: {} },
      basics: { startDate: "2025-04-01" },
      sections: { "business-case": { text: "Saves two posts across the councils." }, safeguarding: { text: "DBS checks for all staff." } },
    });
  });

  it("a part typed badly in SharePoint is named and the rest still loads", () => {
    const read = fromStoredAnswers({ basics: { name: "Food waste" }, risks: "none" });
    expect(read.answers).toEqual({ basics: { name: "Food waste" } });
    expect(read.problems).toEqual([expect.stringMatching(/^The saved "risks" answers could not be read/)]);
  });
});

describe("a section whose id is also the name of a wizard part", () => {
  it("an earlier draft's 'alternatives' text is read as that section's answer", () => {
    const read = fromStoredAnswers({ facts: { kind: "partnership" }, alternatives: "Acting alone would cost more." });
    expect(read.shape).toBe("earlier");
    expect(read.answers.sections).toEqual({ alternatives: { text: "Acting alone would cost more." } });
    expect(read.answers.alternatives).toEqual({ text: "Acting alone would cost more." });
  });
});

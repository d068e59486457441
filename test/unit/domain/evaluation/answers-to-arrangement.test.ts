import { describe, expect, it } from "vitest";
import { arrangementFromAnswers, reasonsOf, registerFieldsOfDraft, risksFromAnswers } from "../../../../src/domain/evaluation/answers-to-arrangement";
import { explainAnswers } from "../../../../src/domain/evaluation/wizard-steps";
import { pack } from "../../../support/explain-with";
import { significantPartnershipAnswers } from "../../../support/evaluation-answers";

const lead = { id: 7, title: "Oliver Grant" };
const answers = significantPartnershipAnswers({ lead, directorate: 1, portfolio: 4 });
const explanation = explainAnswers(pack("gravesham"), answers, "2026-11-24").explanation!;

describe("what a submitted evaluation writes to the register", () => {
  it("the register entry takes the basics, the money, the exit strategy and the category", () => {
    expect(arrangementFromAnswers(answers, explanation)).toMatchObject({
      name: "North Kent Food Waste Partnership",
      kind: "partnership",
      category: "significant",
      partners: [{ name: "Dartford Borough Council" }, { name: "Kent County Council" }],
      expectedOutcomes: "Higher recycling rates and lower disposal costs\n\nMeasures of success: Recycling rate above 50% by 2028",
      contributionToBusinessPlan: "A cleaner, greener borough",
      directorateId: 1,
      portfolioId: 4,
      startDate: "2027-04-01",
      plannedEndDate: "2032-03-31",
      legalForm: "contractual",
      councilContribution: 65000,
      fundingSources: "External funding £120,000 a year. Vehicles leased",
      exitStrategy: "Twelve months' notice by any partner\nNotice: 12 months\nLiabilities: Share of vehicle lease",
      exitInstigator: lead,
      memberInvolvement: false,
      statutory: false,
      policyPackId: "gravesham",
    });
  });

  it("an unanswered question blanks nothing already on the register entry", () => {
    const fields = arrangementFromAnswers({ ...answers, basics: { name: "Only a name" }, exit: {}, money: {} }, explanation);
    expect(Object.keys(fields)).not.toContain("purpose");
    expect(Object.keys(fields)).not.toContain("exitStrategy");
    expect(Object.keys(fields)).not.toContain("startDate");
  });

  it("while drafting only the name, kind and partners follow the wizard", () => {
    expect(registerFieldsOfDraft({ basics: { name: " Food waste ", partners: ["", "Kent County Council"] }, kind: { kind: "partnership" } })).toEqual({
      name: "Food waste",
      kind: "partnership",
      partners: [{ name: "Kent County Council" }],
    });
  });

  it("only finished risks go on the risk register, open", () => {
    const risks = risksFromAnswers({ risks: [...answers.risks!, { id: "r2", title: "Half typed", likelihood: 3 }] }, 42);
    expect(risks).toEqual([{ title: "Partner withdraws funding", arrangementId: 42, likelihood: 2, impact: 4, mitigation: "Twelve months' notice in the agreement", owner: lead, status: "open", onCorporateRegister: false }]);
  });

  it("the engine's reasons are frozen with the rule and the framework section", () => {
    expect(reasonsOf(explanation)).toContainEqual({ rule: "category", text: "Significant: council resource £65,000 is at least £50,000", cite: "framework 1.11b" });
  });
});

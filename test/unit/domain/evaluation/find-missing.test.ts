import { describe, expect, it } from "vitest";
import { findMissing } from "../../../../src/domain/evaluation/find-missing";
import type { EvaluationAnswers } from "../../../../src/domain/evaluation/evaluation-answers";
import { pack } from "../../../support/explain-with";
import { significantPartnershipAnswers } from "../../../support/evaluation-answers";

const today = "2026-11-24";
const people = { lead: { id: 7, title: "Lena Officer" }, directorate: 1, portfolio: 2 };
const fields = (answers: EvaluationAnswers, packId = "gravesham") => findMissing(pack(packId), answers, today).map((m) => m.field);

describe("what stops an evaluation being submitted", () => {
  it("a significant partnership answered in full has nothing missing", () => {
    expect(findMissing(pack("gravesham"), significantPartnershipAnswers(people), today)).toEqual([]);
  });

  it("submit is blocked when the exit strategy a significant partnership needs is missing", () => {
    const answers = { ...significantPartnershipAnswers(people), exit: {} };
    expect(findMissing(pack("gravesham"), answers, today)).toEqual([
      { stepId: "exit", field: "exit.how", message: "Say how the council would leave — the exit strategy is required for a significant partnership (framework 2.12)." },
      { stepId: "exit", field: "exit.instigator", message: "Name who at the council would instigate exit — the exit strategy must say so for a significant partnership (framework 2.12)." },
    ]);
  });

  it("a significant partnership with no risks is told the risk assessment is required (framework 2.11)", () => {
    const missing = findMissing(pack("gravesham"), { ...significantPartnershipAnswers(people), risks: [] }, today);
    expect(missing.find((m) => m.field === "risks")?.message).toBe(
      "Add at least one risk with its likelihood, impact, mitigation and owner — a risk assessment is required for a significant partnership (framework 2.11).",
    );
  });

  it("a half-entered risk is named so it can be finished or removed", () => {
    const answers = significantPartnershipAnswers(people);
    answers.risks!.push({ id: "r2", title: "Fleet breakdown", likelihood: 3 });
    expect(findMissing(pack("gravesham"), answers, today)).toEqual([
      { stepId: "risks", field: "risks.1", message: "Risk 2 needs an impact, a mitigation and an owner, or remove it." },
    ]);
  });

  it("an ad hoc partnership needs only its basics, its questions and safeguarding and data protection", () => {
    const { basics, screening } = significantPartnershipAnswers(people);
    const answers: EvaluationAnswers = {
      screening,
      kind: { kind: "partnership" },
      basics,
      significance: { facts: { urgentWithinOneMonth: true, externalCause: true, councilResource: 0, fundamentalToCorporateObjective: false, statutory: false, publicFacing: false, memberInvolvement: false }, scorecard: {} },
    };
    expect(fields(answers)).toEqual(["sections.safeguarding", "sections.data-protection"]);
    answers.sections = { safeguarding: { text: "DBS-checked staff only" }, "data-protection": { text: "No personal data shared" } };
    expect(fields(answers)).toEqual([]);
  });

  it("the significance questions the pack's rules test must be answered", () => {
    const answers = significantPartnershipAnswers(people);
    delete answers.significance!.facts.statutory;
    expect(findMissing(pack("gravesham"), answers, today)).toEqual([
      { stepId: "significance", field: "significance.facts.statutory", message: "Say yes or no to “delivers a legal or statutory requirement” (framework 1.11b)." },
    ]);
  });

  it("under dartford every scorecard question must be answered", () => {
    const missing = findMissing(pack("dartford"), { kind: { kind: "partnership" }, significance: { facts: {}, scorecard: { "high-public-profile": true } } }, today);
    expect(missing.find((m) => m.field === "significance.scorecard")?.message).toBe("Answer every scorecard question — 12 of 13 still open (code 5(ii), 5(vii)).");
  });

  it("a shared service must say which type of shared service it is", () => {
    expect(fields({ kind: { kind: "shared-service" } })).toContain("kind.subtype");
  });

  it("an officer who has not confirmed the screening is asked to", () => {
    const answers = { ...significantPartnershipAnswers(people), screening: { exclusions: [] } };
    expect(findMissing(pack("gravesham"), answers, today)).toEqual([
      { stepId: "screening", field: "screening.confirmedNone", message: "Confirm that none of the screening exclusions applies (framework 1.9, 1.19)." },
    ]);
  });

  it("a screened-out proposal cannot be submitted and is told to record the screening instead", () => {
    const answers = { ...significantPartnershipAnswers(people), screening: { exclusions: ["community-grant"] } };
    const missing = findMissing(pack("gravesham"), answers, today);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toMatch(/a grant funding agreement, reviewed every three years.*Record it as screened out/);
  });

  it("the wizard's answers are listed in the order of its steps", () => {
    const order = findMissing(pack("gravesham"), { kind: { kind: "partnership" }, basics: { startDate: "2027-13-01" } }, today).map((m) => m.stepId);
    expect(order).toEqual([...order].sort((a, b) => stepIndex(a) - stepIndex(b)));
    expect(order[0]).toBe("screening");
  });
});

const stepIndex = (id: string) => ["screening", "kind", "basics", "significance", "benefits-costs", "risks", "considerations", "governance", "exit", "alternatives", "review"].indexOf(id);

describe("a section the wizard answers through its own fields is asked for there", () => {
  it("a significant partnership with no expected outcomes is asked for them on the basics step, citing the section rule", () => {
    const answers = significantPartnershipAnswers(people);
    delete answers.basics!.outcomes;
    expect(findMissing(pack("gravesham"), answers, today)).toEqual([
      { stepId: "basics", field: "basics.outcomes", message: "Say what outcomes are expected — the Purpose and expected outcomes section is required for a significant partnership (framework 2.2-2.5, 2.10-2.12, 4.4)." },
    ]);
  });

  it("alternatives are asked for in the alternatives box, and benefits and costs in their own section box", () => {
    const answers = { ...significantPartnershipAnswers(people), alternatives: {} };
    delete answers.sections!["benefits-and-costs"];
    expect(findMissing(pack("gravesham"), answers, today).map((m) => [m.stepId, m.field])).toEqual([
      ["benefits-costs", "sections.benefits-and-costs"],
      ["alternatives", "alternatives.text"],
    ]);
  });
});

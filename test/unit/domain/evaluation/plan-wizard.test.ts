import { describe, expect, it } from "vitest";
import { planWizard, type WizardPlan } from "../../../../src/domain/evaluation/wizard-steps";
import { policyPackSchema, sectionStepIds } from "../../../../src/domain/policy-pack/pack-schema";
import { builtInPackIds } from "../../../../src/policy/built-in-packs";
import { pack } from "../../../support/explain-with";
import { significantPartnershipAnswers } from "../../../support/evaluation-answers";

const today = "2026-11-24";
const optionalSteps = ["benefits-costs", "risks", "considerations", "governance", "exit", "alternatives"];
/** The steps beyond the five every proposal sees, with the sections on each. */
const extraSteps = (plan: WizardPlan) =>
  Object.fromEntries(plan.steps.filter((s) => s.shown && optionalSteps.includes(s.id)).map((s) => [s.id, s.sectionIds]));
const stepOf = (plan: WizardPlan, id: string) => plan.steps.find((s) => s.id === id)!;
const people = { lead: { id: 7 }, directorate: 1, portfolio: 2 };

describe("the evaluation wizard's steps follow the council's policy pack", () => {
  it("a gravesham ad hoc partnership sees only safeguarding and data protection", () => {
    const plan = planWizard(pack("gravesham"), {
      kind: { kind: "partnership" },
      significance: { facts: { urgentWithinOneMonth: true, externalCause: true }, scorecard: {} },
    }, today);
    expect(plan.explanation?.category?.id).toBe("ad-hoc");
    expect(extraSteps(plan)).toEqual({ considerations: ["safeguarding", "data-protection"] });
    expect(stepOf(plan, "considerations").why).toBe("Required for an ad hoc partnership: Safeguarding, Data protection (GDPR) (framework 2.13, 4.5).");
    // the "before it starts" checklist (4.5) is answered on the review page, not a governance step
    expect(stepOf(plan, "review").checklist).toBe(true);
    expect(stepOf(plan, "governance").shown).toBe(false);
  });

  it("a working group sees terms of reference and decision-making", () => {
    const plan = planWizard(pack("gravesham"), { kind: { kind: "working-group" } }, today);
    expect(extraSteps(plan)).toEqual({
      considerations: ["safeguarding", "data-protection"],
      governance: ["terms-of-reference", "decision-making"],
    });
    expect(stepOf(plan, "exit").shown).toBe(false);
  });

  it("a gravesham significant partnership sees every step, with the risk assessment (2.11) and exit strategy (2.12) required", () => {
    const plan = planWizard(pack("gravesham"), significantPartnershipAnswers(people), today);
    expect(plan.explanation?.category?.id).toBe("significant");
    expect(plan.steps.filter((s) => !s.shown)).toEqual([]);
    expect(stepOf(plan, "risks")).toMatchObject({ required: true, cite: "framework 2.11" });
    expect(stepOf(plan, "exit")).toMatchObject({ required: true, cite: "framework 2.12", why: "An exit strategy is required for a significant partnership (framework 2.12)." });
    expect(stepOf(plan, "governance").requiredSectionIds).toEqual(["governance"]);
    expect(stepOf(plan, "governance").checklist).toBe(true);
  });

  it("under dartford the scorecard gives major or minor", () => {
    const dartford = pack("dartford");
    const criteria = dartford.categorisation[0]!.scorecard!.criteria.map((c) => c.id);
    const answering = (met: number) => ({
      kind: { kind: "partnership" },
      significance: { facts: {}, scorecard: Object.fromEntries(criteria.map((id, i) => [id, i < met])) },
    });
    const major = planWizard(dartford, answering(7), today).explanation!;
    const minor = planWizard(dartford, answering(3), today).explanation!;
    expect(major.category?.id).toBe("major");
    expect(major.score?.percent).toBeGreaterThanOrEqual(50);
    expect(minor.category?.id).toBe("minor");
    // a major partnership needs a business case; a minor one is only offered it
    expect(stepOf(planWizard(dartford, answering(7), today), "benefits-costs").requiredSectionIds).toContain("business-case");
    expect(stepOf(planWizard(dartford, answering(3), today), "benefits-costs").requiredSectionIds).not.toContain("business-case");
  });

  it("a pack written tomorrow with a new section puts it under other considerations", () => {
    const source = structuredClone(pack("wiltshire"));
    source.sections.push({ id: "modern-slavery", name: "Modern slavery", description: "checks on partners' supply chains", cite: "new framework 9.1" });
    source.sectionRules[0]!.required.push("modern-slavery");
    const tomorrow = policyPackSchema.parse(source);
    const plan = planWizard(tomorrow, { kind: { kind: "partnership", subtype: "advisory" } }, today);
    expect(stepOf(plan, "considerations")).toMatchObject({ shown: true, required: true });
    expect(stepOf(plan, "considerations").sectionIds).toContain("modern-slavery");
  });

  it("a proposal that is a contract for services stops at screening and is told what applies instead", () => {
    const plan = planWizard(pack("gravesham"), { screening: { exclusions: ["contract-for-services"] }, kind: { kind: "partnership" } }, today);
    expect(plan.screenedOut).toMatchObject({
      exclusionId: "contract-for-services",
      alternative: "the contract is governed by Contract Standing Orders and procurement rules instead",
    });
    expect(plan.steps.filter((s) => s.shown).map((s) => s.id)).toEqual(["screening", "review"]);
  });

  it("until the kind is chosen only the first four steps and the review show", () => {
    const plan = planWizard(pack("protocol-j"), {}, today);
    expect(plan.explanation).toBeNull();
    expect(plan.steps.filter((s) => s.shown).map((s) => s.id)).toEqual(["screening", "kind", "basics", "significance", "review"]);
  });

  it("a kind the pack no longer has is explained, not thrown", () => {
    const plan = planWizard(pack("wiltshire"), { kind: { kind: "shared-service" } }, today);
    expect(plan.explanation).toBeNull();
    expect(plan.problem).toMatch(/has no kind of arrangement called "shared-service"/);
  });

  it.each(builtInPackIds)("every section of the %s pack is placed on one of the wizard's steps", (id) => {
    for (const section of pack(id).sections) expect(sectionStepIds).toContain(section.step);
  });

  it("a pack cannot put a section on a step that asks no sections (the review)", () => {
    const source = structuredClone(pack("wiltshire")) as unknown as { sections: Record<string, unknown>[] };
    source.sections[0]!.step = "review";
    expect(policyPackSchema.safeParse(source).success).toBe(false);
  });
});

describe("a kind with types waits for its type", () => {
  it("a gravesham shared service shows its steps only once its type is chosen, then a full shared service needs a business case (3.7)", () => {
    const waiting = planWizard(pack("gravesham"), { kind: { kind: "shared-service" } }, today);
    expect(waiting.explanation).toBeNull();
    expect(waiting.problem).toBeUndefined();
    const full = planWizard(pack("gravesham"), { kind: { kind: "shared-service", subtype: "full" } }, today);
    expect(full.steps.find((s) => s.id === "benefits-costs")!.requiredSectionIds).toContain("business-case");
  });
});

import { describe, expect, it } from "vitest";
import type { EvaluationAnswers } from "../../../../src/domain/evaluation/evaluation-answers";
import { planWizard } from "../../../../src/domain/evaluation/wizard-steps";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { summariseAnswers, unsavedRows } from "../../../../src/tab/wizard/answer-summary";

const gravesham = getBuiltInPack("gravesham")!;
const today = "2026-11-24";
const choices = { directorates: [{ id: 2, name: "Place" }], portfolios: [{ id: 1, name: "Community Safety & Environment" }], objectives: [], people: [] };
const summary = (answers: EvaluationAnswers) => summariseAnswers(gravesham, answers, planWizard(gravesham, answers, today), choices);

describe("the answers in words", () => {
  it("names the council's directorate and portfolio, and says what is not answered", () => {
    const groups = summary({ kind: { kind: "partnership" }, basics: { name: "CCTV", directorate: 2, portfolio: 1, partners: ["Wessex Police", "Kingsmere BC"] } });
    const basics = new Map(groups.find((g) => g.stepId === "basics")!.rows.map((r) => [r.label, r.value]));
    expect(basics.get("Directorate")).toBe("Place");
    expect(basics.get("Cabinet portfolio")).toBe("Community Safety & Environment");
    expect(basics.get("Partners")).toBe("Wessex Police; Kingsmere BC");
    expect(basics.get("Purpose")).toBe("Not answered");
  });

  it("shows only the steps the policy shows: an ad hoc partnership has no governance, exit or risk steps", () => {
    const adHoc = summary({ kind: { kind: "partnership" }, significance: { facts: { urgentWithinOneMonth: true, externalCause: true }, scorecard: {} } });
    expect(adHoc.map((g) => g.stepId)).toEqual(["screening", "kind", "basics", "significance", "considerations", "review"]);
    expect(adHoc.find((g) => g.stepId === "considerations")!.rows.map((r) => r.label)).toEqual(["Safeguarding", "Data protection (GDPR)"]);
  });

  it("lists the changes a device had that the loaded version does not, and nothing it already has", () => {
    const theirs = summary({ kind: { kind: "partnership" }, basics: { purpose: "Theirs", name: "CCTV" } });
    const mine = summary({ kind: { kind: "partnership" }, basics: { purpose: "Mine", name: "CCTV", outcomes: "Fewer incidents" } });
    expect(unsavedRows(mine, theirs).map((r) => `${r.stepTitle} — ${r.label}: ${r.value}`)).toEqual(["The basics — Purpose: Mine", "The basics — Expected outcomes: Fewer incidents"]);
    expect(unsavedRows(theirs, theirs)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { findMissing } from "../../../../src/domain/evaluation/find-missing";
import { fieldProblems } from "../../../../src/domain/evaluation/field-problems";
import { planWizard } from "../../../../src/domain/evaluation/wizard-steps";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { checkedSteps, fieldMessages, fieldOnPage } from "../../../../src/tab/wizard/field-messages";

const gravesham = getBuiltInPack("gravesham")!;
const today = "2026-11-24";

describe("where the wizard shows what is missing", () => {
  it("shows a section the basics answer at the expected outcomes, and the exit strategy at how the council would leave", () => {
    expect(fieldOnPage(gravesham, "sections.purpose-and-outcomes")).toBe("basics.outcomes");
    expect(fieldOnPage(gravesham, "sections.exit-strategy")).toBe("exit.how");
    expect(fieldOnPage(gravesham, "sections.risk-assessment")).toBe("risks");
    expect(fieldOnPage(gravesham, "sections.safeguarding")).toBe("sections.safeguarding");
    expect(fieldOnPage(gravesham, "basics.startDate")).toBe("basics.startDate");
  });

  it("counts as checked only the steps before the furthest one reached, and every step once the review is reached", () => {
    const answers = { kind: { kind: "partnership" }, significance: { facts: { councilResource: 65000 }, scorecard: {} } };
    const steps = planWizard(gravesham, answers, today).steps;
    expect([...checkedSteps(steps, "significance")]).toEqual(["screening", "kind", "basics"]);
    expect(checkedSteps(steps, "review").size).toBe(11);
    expect(checkedSteps(steps, undefined).size).toBe(0);
  });

  it("says what is missing only on checked steps, but a value that cannot stand at once", () => {
    const answers = { kind: { kind: "partnership" }, basics: { startDate: "2026-02-30" } };
    const missing = findMissing(gravesham, answers, today);
    const messages = fieldMessages(gravesham, fieldProblems(gravesham, answers), missing, new Set(["screening"]));
    expect(messages["basics.startDate"]).toBe("Enter the start date as a real date, like 2026-04-01.");
    expect(messages["basics.purpose"]).toBeUndefined();
    expect(messages["screening.confirmedNone"]).toMatch(/Confirm that none of the screening exclusions applies/);
    const later = fieldMessages(gravesham, [], missing, new Set(["basics"]));
    expect(later["basics.purpose"]).toBe("Say what the arrangement is for.");
  });
});

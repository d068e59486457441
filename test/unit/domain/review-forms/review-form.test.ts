import { describe, expect, it } from "vitest";
import { checkAnswersComplete, keepFormAnswers } from "../../../../src/domain/review-forms/check-answers";
import { reviewFormFor } from "../../../../src/domain/review-forms/review-form";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const gravesham = getBuiltInPack("gravesham")!;
const dartford = getBuiltInPack("dartford")!;

describe("review forms drawn from the council's pack", () => {
  it("a shared service in its third year gets the focused template", () => {
    const form = reviewFormFor(gravesham, "shared-service-annual-review", undefined, 3);
    expect(form?.templateId).toBe("focused");
    expect(form?.questions.map((q) => q.id)).toEqual(["objective-progress", "kpi-report", "previous-recommendations", "future-recommendations"]);
  });

  it("in its first two years it gets the comprehensive template", () => {
    expect(reviewFormFor(gravesham, "shared-service-annual-review", undefined, 1)?.templateId).toBe("comprehensive");
    expect(reviewFormFor(gravesham, "shared-service-annual-review", undefined, 2)?.templateId).toBe("comprehensive");
  });

  it("the template recorded when the review was scheduled wins over the year", () => {
    expect(reviewFormFor(gravesham, "shared-service-annual-review", "comprehensive", 5)?.templateId).toBe("comprehensive");
  });

  it("governance assurance always rates governance; the register review does not", () => {
    expect(reviewFormFor(gravesham, "governance-assurance")).toMatchObject({ ratesGovernance: true, reportTo: "the Annual Governance Statement" });
    expect(reviewFormFor(gravesham, "register-review")?.ratesGovernance).toBe(false);
  });

  it("a major partnership's self-assessment asks the template's and the cycle's questions and ends in one of the listed outcomes", () => {
    const form = reviewFormFor(dartford, "major-annual-self-assessment", undefined, 1)!;
    expect(form.ratesGovernance).toBe(true);
    expect(form.questions[0]?.id).toBe("outcomes-and-achievements");
    expect(form.questions.some((q) => q.id === "still-required")).toBe(true);
    expect(form.outcomes.map((o) => o.id)).toEqual(["withdraw", "another-body-represents", "set-time-limit", "remain-involved", "remain-at-different-level"]);
  });

  it("a minor partnership's light-touch review looks at money and risk only", () => {
    const form = reviewFormFor(dartford, "minor-annual-light-touch")!;
    expect(form.questions.map((q) => q.id)).toEqual(["financial-implications", "risk-implications"]);
    expect(form.ratesGovernance).toBe(false);
  });

  it("wiltshire's periodic audit and protocol-j's objectives evaluation come from their packs", () => {
    expect(reviewFormFor(getBuiltInPack("wiltshire")!, "periodic-partnership-audit", undefined, 1)?.templateId).toBe("annex-1");
    expect(reviewFormFor(getBuiltInPack("protocol-j")!, "annual-objectives-evaluation")?.questions.length).toBeGreaterThan(3);
  });

  it("a review type the pack does not have gives no form", () => {
    expect(reviewFormFor(gravesham, "no-such-review")).toBeUndefined();
    expect(reviewFormFor(getBuiltInPack("wiltshire")!, "governance-assurance")).toBeUndefined();
  });
});

describe("completing a review", () => {
  const form = reviewFormFor(dartford, "minor-annual-light-touch")!;

  it("needs every question answered and an outcome chosen", () => {
    expect(checkAnswersComplete(form, {}, undefined).map((p) => p.field)).toEqual(["financial-implications", "risk-implications", "outcome"]);
    expect(checkAnswersComplete(form, { "financial-implications": "  ", "risk-implications": "Low" }, "remain-involved").map((p) => p.field)).toEqual(["financial-implications"]);
    expect(checkAnswersComplete(form, { "financial-implications": "£2k", "risk-implications": "Low" }, "remain-involved")).toEqual([]);
  });

  it("refuses an outcome the pack does not list", () => {
    expect(checkAnswersComplete(form, { "financial-implications": "£2k", "risk-implications": "Low" }, "carry-on")).toEqual([{ field: "outcome", message: "Choose the outcome the review reached." }]);
  });

  it("a yes/no question needs yes, in part or no", () => {
    const assurance = reviewFormFor(getBuiltInPack("gravesham")!, "governance-assurance")!;
    expect(checkAnswersComplete(assurance, { "governance-in-place": "Yes.", "objectives-still-met": "partly" }, undefined).map((p) => p.field)).toEqual(["governance-in-place"]);
  });

  it("keeps only the form's own answers and comments, trimmed", () => {
    const assurance = reviewFormFor(getBuiltInPack("gravesham")!, "governance-assurance")!;
    expect(keepFormAnswers(assurance, { "governance-in-place": "yes", "governance-in-place#comment": " ToR agreed ", stray: "x", "objectives-still-met": "" })).toEqual({
      "governance-in-place": "yes",
      "governance-in-place#comment": "ToR agreed",
    });
  });
});

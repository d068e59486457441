import { describe, expect, it } from "vitest";
import { rateGovernance } from "../../../../src/domain/governance-rating/rate-governance";
import type { ReviewQuestion } from "../../../../src/domain/policy-pack/pack-schema";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const yesNo = (id: string, assuring: "yes" | "no" = "yes"): ReviewQuestion => ({ id, text: `${id}?`, answer: "yes-no", ...(assuring === "no" ? { assuring } : {}) });
const four = [yesNo("a"), yesNo("b"), yesNo("c"), yesNo("d")];
const level = (answers: Record<string, string>, questions = four) => rateGovernance(questions, answers)?.level;

describe("the governance rating from assurance answers (default rule)", () => {
  it("all questions answered yes gives Substantial", () => {
    expect(level({ a: "yes", b: "yes", c: "yes", d: "yes" })).toBe("substantial");
  });

  it("no assurance given gives Weak", () => {
    expect(level({})).toBe("weak");
    expect(level({ a: "no", b: "no", c: "no", d: "no" })).toBe("weak");
  });

  it("one answer short of full assurance is no longer Substantial", () => {
    expect(level({ a: "yes", b: "yes", c: "yes", d: "partly" })).toBe("reasonable");
  });

  it("exactly three quarters is Reasonable, just under is Limited", () => {
    expect(level({ a: "yes", b: "yes", c: "yes", d: "no" })).toBe("reasonable");
    expect(level({ a: "yes", b: "yes", c: "partly", d: "no" })).toBe("limited");
  });

  it("exactly half is Limited, just under is Weak", () => {
    expect(level({ a: "yes", b: "yes", c: "no", d: "no" })).toBe("limited");
    expect(level({ a: "yes", b: "partly", c: "no", d: "no" })).toBe("weak");
  });

  it("a question left unanswered counts as no assurance, not as skipped", () => {
    expect(level({ a: "yes", b: "yes", c: "yes" })).toBe("reasonable");
  });

  it("where no is the assuring answer, no gives assurance and yes takes it away", () => {
    const issues = [yesNo("issue-1", "no"), yesNo("issue-2", "no")];
    expect(level({ "issue-1": "no", "issue-2": "no" }, issues)).toBe("substantial");
    expect(level({ "issue-1": "yes", "issue-2": "yes" }, issues)).toBe("weak");
  });

  it("anything but yes, in part or no is not an answer", () => {
    expect(level({ a: "YES", b: "maybe", c: "yes", d: "yes" })).toBe("limited");
  });

  it("free-text questions are not rated, and a review with none of the other kind has no rating", () => {
    const text: ReviewQuestion = { id: "notes", text: "Anything else?" };
    expect(rateGovernance([text, ...four], { notes: "no", a: "yes", b: "yes", c: "yes", d: "yes" })?.level).toBe("substantial");
    expect(rateGovernance([text], { notes: "Yes" })).toBeUndefined();
  });

  it("says why, with the share given and the rule it used", () => {
    const rating = rateGovernance(four, { a: "yes", b: "yes", c: "yes", d: "no" });
    expect(rating).toMatchObject({ percent: 75, questions: 4 });
    expect(rating?.reason).toContain("75%");
    expect(rating?.reason).toContain("product default");
  });

  it("a pack's own rule replaces the default", () => {
    const strict = { levels: [{ level: "substantial" as const, minPercent: 100 }, { level: "reasonable" as const, minPercent: 90 }, { level: "limited" as const, minPercent: 80 }], cite: "test rule 1" };
    expect(rateGovernance(four, { a: "yes", b: "yes", c: "yes", d: "no" }, strict)?.level).toBe("weak");
  });

  it("gravesham's two assurance questions: yes and yes is Substantial, yes and in part Reasonable, yes and no Limited", () => {
    const questions = getBuiltInPack("gravesham")!.reviews.governanceAssurance!.questions;
    const rate = (a: string, b: string) => rateGovernance(questions, { "governance-in-place": a, "objectives-still-met": b })?.level;
    expect(rate("yes", "yes")).toBe("substantial");
    expect(rate("yes", "partly")).toBe("reasonable");
    expect(rate("yes", "no")).toBe("limited");
    expect(rate("partly", "no")).toBe("weak");
  });

  it("dartford's AGS questions: no issue anywhere is Substantial", () => {
    const questions = getBuiltInPack("dartford")!.reviews.governanceAssurance!.questions;
    expect(rateGovernance(questions, Object.fromEntries(questions.map((q) => [q.id, "no"])))?.level).toBe("substantial");
    expect(rateGovernance(questions, Object.fromEntries(questions.map((q) => [q.id, "yes"])))?.level).toBe("weak");
  });
});

import { describe, expect, it } from "vitest";
import { fieldProblems } from "../../../../src/domain/evaluation/field-problems";
import { pack } from "../../../support/explain-with";

const gravesham = pack("gravesham");

describe("problems with a single answer, said at the field", () => {
  it("a planned end before the start is named on the end date", () => {
    expect(fieldProblems(gravesham, { basics: { startDate: "2027-04-01", plannedEndDate: "2026-03-31" } })).toEqual([
      { stepId: "basics", field: "basics.plannedEndDate", message: "The planned end date is before the start date." },
    ]);
  });

  it("a date that does not exist is refused: 30 February", () => {
    expect(fieldProblems(gravesham, { basics: { startDate: "2027-02-30" } })[0]).toMatchObject({ field: "basics.startDate", message: "Enter the start date as a real date, like 2026-04-01." });
  });

  it("money cannot be negative", () => {
    expect(fieldProblems(gravesham, { money: { staffTime: -500 } })).toEqual([
      { stepId: "benefits-costs", field: "money.staffTime", message: "Staff time cannot be negative: enter the amount in pounds a year." },
    ]);
  });

  it("likelihood and impact are scored 1 to 5", () => {
    const problems = fieldProblems(gravesham, { risks: [{ id: "a", title: "Flood", likelihood: 6, impact: 2.5 }] });
    expect(problems.map((p) => p.field)).toEqual(["risks.0.likelihood", "risks.0.impact"]);
  });

  it("a yes/no question answered with text, and an unknown kind, are named", () => {
    const problems = fieldProblems(gravesham, { kind: { kind: "consortium" }, significance: { facts: { statutory: "maybe" }, scorecard: {} } });
    expect(problems.map((p) => p.message)).toEqual([
      "\"consortium\" is not a kind of arrangement in Gravesham Borough Council; choose one of Partnership, Shared service, County or regional working group.",
      "Answer yes or no: delivers a legal or statutory requirement.",
    ]);
  });

  it("a half-finished draft with nothing wrong yet has no problems", () => {
    expect(fieldProblems(gravesham, { basics: { name: "Food waste" }, risks: [{ id: "a", title: "" }] })).toEqual([]);
  });
});

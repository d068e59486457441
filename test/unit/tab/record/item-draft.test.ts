import { describe, expect, it } from "vitest";
import { riskSchema } from "../../../../src/domain/records/risk";
import { representativeSchema } from "../../../../src/domain/records/representative";
import { readItemDraft } from "../../../../src/tab/record/monitoring/item-draft";
import { riskFields } from "../../../../src/tab/record/monitoring/risk-form";
import { representativeFields } from "../../../../src/tab/record/monitoring/representative-form";

const base = { arrangementId: 7, status: "open", onCorporateRegister: false };
const risk = (typed: Record<string, string>) => readItemDraft(riskFields, { onCorporateRegister: "no", ...typed }, riskSchema, base);

describe("the risk form's checks, in plain English at each field", () => {
  it("a likelihood of 7 is outside the 1 to 5 scale", () => {
    expect(risk({ title: "Flood", likelihood: "7", impact: "2" })).toEqual({ ok: false, errors: [{ property: "likelihood", label: "Likelihood (1–5)", message: "The likelihood must be a whole number from 1 to 5." }] });
  });

  it("a missing title and a word for a number are both reported at once", () => {
    const result = risk({ title: "", likelihood: "3", impact: "four" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toEqual(["Enter the risk.", "Enter the impact as a whole number from 1 to 5."]);
  });

  it("a good risk comes back as values the list takes", () => {
    expect(risk({ title: "Flood", likelihood: "4", impact: "5", reviewDate: "2027-01-31", mitigation: "Sandbags" })).toEqual({
      ok: true,
      values: { title: "Flood", likelihood: 4, impact: 5, owner: undefined, reviewDate: "2027-01-31", onCorporateRegister: false, description: undefined, mitigation: "Sandbags" },
    });
  });
});

describe("the representative form's checks", () => {
  it("a term that ends before it starts is said at the end date", () => {
    const result = readItemDraft(representativeFields, { name: "Cllr Shah", type: "councillor", termStart: "2026-05-20", termEnd: "2026-05-01" }, representativeSchema, { arrangementId: 7 });
    expect(result).toEqual({ ok: false, errors: [{ property: "termEnd", label: "Term ends", message: "The term ends before it starts." }] });
  });

  it("asks for the kind of representative when none is chosen", () => {
    const result = readItemDraft(representativeFields, { name: "Cllr Shah", type: "" }, representativeSchema, { arrangementId: 7 });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(["Choose the councillor or officer."]);
  });
});

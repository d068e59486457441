import { describe, expect, it } from "vitest";
import { draftOf, readDraft } from "../../../../src/tab/record/edit/edit-draft";

const record = { id: 7, name: "Safer Streets Partnership", kind: "partnership", status: "active" as const, purpose: "Fewer burglaries", councilContribution: 65_000, statutory: false };

describe("the record's edit form", () => {
  it("shows the record as typed text and saves only what changed", () => {
    const draft = draftOf(record);
    expect(draft).toMatchObject({ name: "Safer Streets Partnership", councilContribution: "65000", statutory: "no", startDate: "" });
    expect(readDraft({ ...draft, purpose: "Fewer burglaries and thefts", councilContribution: "£70,000" }, record)).toEqual({
      ok: true,
      changes: { purpose: "Fewer burglaries and thefts", councilContribution: 70_000 },
    });
  });

  it("clears a field the person emptied", () => {
    expect(readDraft({ ...draftOf(record), purpose: "  " }, record)).toEqual({ ok: true, changes: { purpose: undefined } });
  });

  it("names every problem at its field in plain English, all at once", () => {
    const result = readDraft(
      { ...draftOf(record), name: "", councilContribution: "about 5k", termsOfReferenceUrl: "sharepoint/tor", startDate: "2026-04-01", plannedEndDate: "2025-03-31", governanceRating: "limited" },
      record,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.property, e.message])).toEqual([
      ["name", "Enter the name."],
      ["termsOfReferenceUrl", "Enter a web address starting https://, for example https://northbrook.example/terms.pdf"],
      ["plannedEndDate", "The planned end date is before the start date."],
      ["councilContribution", "Enter the council contribution as an amount in pounds, like 65000 or £65,000."],
      ["governanceRatingDate", "A governance rating needs the date it was given."],
    ]);
  });
});

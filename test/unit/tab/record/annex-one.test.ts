import { describe, expect, it } from "vitest";
import { annexOneGroups, type AnnexInput } from "../../../../src/tab/record/view/annex-one";

const base: AnnexInput = { arrangement: { name: "Wessex County Waste Partnership" }, kindName: "Partnership", subtypeName: "", categoryName: "Significant", objectiveNames: [], openRisks: [] };
const answers = (input: AnnexInput) => new Map(annexOneGroups(input).flatMap((g) => g.questions).map((q) => [q.id, q.answer]));

describe("the wiltshire Annex 1 audit questions, answered from the record", () => {
  it("asks every question of the template, in its order", () => {
    expect(annexOneGroups(base).flatMap((g) => g.questions.map((q) => q.question))).toEqual([
      "Name of the partnership",
      "Type, including statutory and legal status",
      "Area of work",
      "Terms of reference",
      "Membership",
      "Elected member contribution",
      "Accountable organisation",
      "Accountable service manager",
      "Responsible officer",
      "Start date and proposed end date",
      "Contribution to the council's business plan and objectives",
      "Funding sources",
      "Council resources made available",
      "Risks to the council",
      "Key plans and strategies",
      "Performance review mechanisms",
      "Key sub-groups",
      "Reform plans",
      "Information sharing arrangements",
    ]);
  });

  it("says what is not recorded rather than leaving it blank", () => {
    const a = answers(base);
    expect(a.get("area-of-work")).toEqual({ kind: "missing" });
    expect(a.get("council-resources")).toEqual({ kind: "missing" });
    expect(a.get("responsible-officer")).toEqual({ kind: "missing" });
  });

  it("answers from the register entry's own fields, the pack's labels and the risk register", () => {
    const a = answers({
      ...base,
      arrangement: {
        ...base.arrangement,
        statutory: true,
        legalForm: "joint-committee",
        decisionMaking: "executive",
        leadOfficer: { id: 4, title: "Michael Dunmore" },
        sponsoringOfficer: { id: 5, title: "Andrew Fairbairn" },
        startDate: "2019-04-01",
        termsOfReferenceUrl: "https://example.org/tor",
        councilResources: { staff: "0.2 FTE officer", legal: "" },
        keyPlans: [{ title: "Joint waste strategy", url: "https://example.org/strategy" }],
      },
      objectiveNames: ["A cleaner, greener borough"],
      openRisks: [{ title: "Contractor fails", score: 20 }, { title: "Venue", score: 2 }],
    });
    expect(a.get("type")).toEqual({ kind: "text", text: "Partnership. Significant category. Statutory. Executive. Legal form: Joint committee" });
    expect(a.get("responsible-officer")).toEqual({ kind: "text", text: "Michael Dunmore" });
    expect(a.get("accountable-service-manager")).toEqual({ kind: "text", text: "Andrew Fairbairn" });
    expect(a.get("dates")).toEqual({ kind: "text", text: "Started 1 April 2019; proposed end not set (ongoing)" });
    expect(a.get("terms-of-reference")).toEqual({ kind: "links", links: [{ title: "Terms of reference", url: "https://example.org/tor" }] });
    expect(a.get("business-plan")).toEqual({ kind: "text", text: "Corporate objectives: A cleaner, greener borough" });
    const resources = a.get("council-resources");
    expect(resources?.kind === "list" && resources.items.filter((i) => i.text !== "Not recorded")).toEqual([{ label: "Staff", text: "0.2 FTE officer" }]);
    expect(resources?.kind === "list" && resources.items).toHaveLength(13);
    expect(a.get("risks")).toEqual({ kind: "text", text: "2 open risks on its register; the highest: Contractor fails (score 20); Venue (score 2)" });
    expect(a.get("key-plans")).toEqual({ kind: "links", links: [{ title: "Joint waste strategy", url: "https://example.org/strategy" }] });
  });
});

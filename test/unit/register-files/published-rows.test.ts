import { describe, expect, it } from "vitest";
import { buildRegisterTable, describeLeftOut } from "../../../src/register-files/published-rows";
import { gravesham, sampleSource } from "./sample-register";

const names = (rows: unknown[][]) => rows.map((r) => r[0]);

describe("the published register", () => {
  const table = buildRegisterTable(sampleSource(), { published: true });

  it("leaves out ad hoc arrangements under gravesham (framework 5.9c), partnerships and shared services alike", () => {
    expect(names(table.rows)).not.toContain("Flood Response Cell");
    expect(names(table.rows)).not.toContain("Winter Resilience Officers");
    expect(table.leftOut).toContainEqual({ reason: "the published register does not include ad hoc arrangements", cite: "framework 5.9c", count: 2 });
  });

  it("leaves out an arrangement flagged confidential, and proposals the council has not agreed to", () => {
    expect(names(table.rows)).not.toContain("Harbour Quay Regeneration");
    expect(names(table.rows)).not.toContain("Proposed Youth Hub");
    expect(describeLeftOut(table.leftOut).join(" ")).toMatch(/1 arrangement left out because it is marked confidential/);
  });

  it("never has a confidential column, nor the confidential notes' text", () => {
    const headers = table.columns.map((c) => c.header);
    expect(headers).not.toContain("Confidential notes");
    expect(headers).not.toContain("Confidential (not published)");
    expect(JSON.stringify(table.rows)).not.toContain("exempt");
  });

  it("drops every column drawn from a field the pack marks confidential", () => {
    const pack = { ...gravesham, publication: { ...gravesham.publication, confidentialFields: ["ConfidentialNotes", "TotalBudget"] } };
    const headers = buildRegisterTable(sampleSource({ pack }), { published: true }).columns.map((c) => c.header);
    expect(headers).not.toContain("Total budget (£)");
    expect(headers).toContain("Council contribution (£ a year)");
  });

  it("has the issue's columns, in its order, with the related lists' answers", () => {
    expect(table.columns.map((c) => c.id)).toEqual([
      "name", "kind", "legalForm", "partners", "purpose", "directorate", "leadMember", "leadOfficer", "representatives",
      "councilContribution", "totalBudget", "governanceDocument", "category", "governanceRating", "governanceRatingDate",
      "topRisks", "exitStrategy", "lastReview", "nextReview", "status",
    ]);
    const waste = Object.fromEntries(table.columns.map((c, i) => [c.id, table.rows.find((r) => r[0] === "Wessex County Waste Partnership")![i]]));
    expect(waste).toMatchObject({
      kind: "Partnership",
      legalForm: "Joint committee",
      partners: "Wessex County Council; Eastleigh District Council",
      directorate: "Place",
      representatives: "Cllr Ann Price, Board member",
      councilContribution: 125000,
      topRisks: "Landfill tax rises (risk score 16 of 25); Contractor fails (risk score 10 of 25)",
      exitStrategy: "Yes",
      lastReview: "2025-06-12",
      nextReview: "2026-09-30",
      category: "Significant",
      governanceRating: "Substantial",
      status: "Active",
    });
  });

  it("never publishes an entry whose Confidential column could not be read", () => {
    const source = sampleSource();
    const entries = source.entries.map((e) => (e.arrangement.id === 1 ? { ...e, unreadable: ["confidential"] } : e));
    const published = buildRegisterTable({ ...source, entries }, { published: true });
    expect(names(published.rows)).not.toContain("Wessex County Waste Partnership");
  });
});

describe("the internal register (without --published)", () => {
  it("lists every arrangement, confidential ones and their notes included, for officers", () => {
    const table = buildRegisterTable(sampleSource(), { published: false });
    expect(table.rows).toHaveLength(6);
    expect(table.columns.map((c) => c.header)).toContain("Confidential notes");
    expect(JSON.stringify(table.rows)).toContain("Land valuation is exempt");
    expect(table.notes.join(" ")).toMatch(/Do not publish it/);
  });
});

import { describe, expect, it } from "vitest";
import { mappingProblems, suggestMapping } from "../../../src/register-files/column-mapping";
import { importKeyOf, rowIdentity } from "../../../src/register-files/import-key";
import { describeRowProblem, readImportRows } from "../../../src/register-files/import-rows";
import { parseCsv } from "../../../src/register-files/parse-csv";
import type { ImportContext } from "../../../src/register-files/read-import-cell";
import { readDate, readMoney } from "../../../src/register-files/read-values";
import { gravesham } from "./sample-register";

const context: ImportContext = {
  pack: gravesham,
  directorates: [{ id: 7, name: "Place" }, { id: 8, name: "People" }],
  people: [
    { id: 3, title: "Michael Dunmore", email: "michael.dunmore@northbrook.example" },
    { id: 4, title: "Ann Price", email: "ann.price@northbrook.example" },
  ],
};

const file = [
  "Partnership name,Type,Lead Officer,Directorate,Council contribution (£),Start date,End date,Partners",
  "Wessex Waste,Partnership,Michael Dunmore,Place,\"£125,000\",1/4/2024,31/03/2029,Wessex CC; Eastleigh DC",
  "Town Centre BID,Consortium,J. Smyth,Place,about 5k,31/02/2024,,",
  "Shared Payroll,shared service,michael.dunmore@northbrook.example,People,40k,2023-04-01,2022-01-01,Westbury DC",
].join("\r\n");

describe("column mapping", () => {
  it("suggests register fields from a council's own header names", () => {
    const headers = ["Partnership name", "Type", "Lead Officer", "Directorate", "Council contribution (£)", "Start date", "End date", "Partners", "Notes"];
    expect(suggestMapping(headers)).toEqual(["name", "kind", "leadOfficer", "directorate", "councilContribution", "startDate", "plannedEndDate", "partners", null]);
  });

  it("maps the register's own export back to its fields", () => {
    expect(suggestMapping(["Name", "Kind", "Lead member", "Total budget (£)", "Register id", "Exit strategy in place"])).toEqual(["name", "kind", "leadMember", "totalBudget", "reference", null]);
  });

  it("says when a required field has no column, or two columns claim one field", () => {
    expect(mappingProblems(["A", "B"], ["name", "name"])).toEqual([
      "Choose the column that holds each arrangement's kind.",
      '"A" and "B" are both mapped to Name; choose one.',
    ]);
  });
});

describe("reading an imported spreadsheet's rows", () => {
  const table = parseCsv(file);
  const result = readImportRows(table, suggestMapping(table.headers), context);

  it("turns a clean row into a register entry", () => {
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]?.record).toMatchObject({
      name: "Wessex Waste", kind: "partnership", status: "active", directorateId: 7, councilContribution: 125000,
      startDate: "2024-04-01", plannedEndDate: "2029-03-31", leadOfficer: { id: 3, title: "Michael Dunmore" },
      partners: [{ name: "Wessex CC" }, { name: "Eastleigh DC" }],
    });
  });

  it("reports every problem of every row in plain English, with the row number and column", () => {
    expect(result.problems.map(describeRowProblem)).toEqual([
      'Row 3, Type: "Consortium" is not a kind of arrangement the register knows; use one of: Partnership, Shared service, County or regional working group.',
      `Row 3, Lead Officer: "J. Smyth" is not a user of the council's SharePoint site; use their name as the site shows it or their e-mail address, or ask for them to be added to the site.`,
      'Row 3, Council contribution (£): "about 5k" is not an amount of money; write it as pounds, like 25000 or £25,000.',
      'Row 3, Start date: "31/02/2024" is not a date; write it like 2026-04-01 or 1/4/2026.',
      "Row 4, End date: the planned end date is before the start date.",
    ]);
  });

  it("says a missing name is missing", () => {
    const t = parseCsv("Name,Kind\n,Partnership\n");
    expect(readImportRows(t, ["name", "kind"], context).problems.map(describeRowProblem)).toEqual(["Row 2, Name: the name is empty; every arrangement needs one."]);
  });

  it("treats two rows with the same name and partners as one arrangement typed twice", () => {
    const t = parseCsv("Name,Kind,Partners\nBoard,Partnership,A; B\n board ,partnership,B;A\n");
    expect(readImportRows(t, ["name", "kind", "partners"], context).problems.map(describeRowProblem)).toEqual([
      'Row 3, Name: this is the same arrangement as row 2 (the same name ("board") and partners); remove one of them, or give each its own reference.',
    ]);
  });
});

describe("cell values", () => {
  it("reads money and UK dates the way spreadsheets hold them", () => {
    expect(readMoney("£1,250,000")).toEqual({ ok: true, value: 1250000 });
    expect(readMoney("25k")).toEqual({ ok: true, value: 25000 });
    expect(readMoney("-5").ok).toBe(false);
    expect(readDate("1 April 2026")).toEqual({ ok: true, value: "2026-04-01" });
    expect(readDate("01/04/26")).toEqual({ ok: true, value: "2026-04-01" });
    expect(readDate("2026-02-30").ok).toBe(false);
  });
});

describe("the import key", () => {
  it("is the same for the same row however it was spaced, and differs by reference", async () => {
    const a = await importKeyOf(rowIdentity(undefined, "Wessex  Waste", ["B", "A"]));
    const b = await importKeyOf(rowIdentity(undefined, "wessex waste", ["a", "b"]));
    expect(a).toBe(b);
    expect(a).toMatch(/^v1-[0-9a-f]{40}$/);
    expect(await importKeyOf(rowIdentity("P-1", "Wessex Waste", []))).not.toBe(a);
  });
});

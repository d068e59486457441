import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { lifecycleStates } from "../../../src/domain/lifecycle/states";
import { metadataProperties } from "../../../src/domain/records/common";
import { getListDefinition, listDefinitions } from "../../../src/sharepoint/lists/load-list-definitions";
import { isListTitle, recordSchemas } from "../../../src/sharepoint/lists/record-schemas";
import { disagreement } from "./column-agreement";
import { propertyShape } from "./zod-shape";

/**
 * Columns the app filters on. SharePoint refuses a filter on a column that is not indexed once a
 * list passes 5,000 items, so each of these must be indexed from day one.
 */
const filteredColumns: Record<string, string[]> = {
  Partnerships: ["Title", "Status", "Kind", "Category", "Directorate", "Portfolio", "LeadOfficer", "SponsoringOfficer", "LeadMember", "PlannedEndDate", "NextReviewDue", "Confidential"],
  Evaluations: ["Arrangement", "Status"],
  ApprovalStages: ["Arrangement", "Evaluation", "Status"],
  Opinions: ["Arrangement", "Stage", "Officer"],
  Risks: ["Arrangement", "Status", "ReviewDate", "RiskOwner", "OnCorporateRegister"],
  Measures: ["Arrangement", "MeasureOwner"],
  BudgetFigures: ["Arrangement", "Title"],
  Reviews: ["Arrangement", "ReviewTypeId", "Period", "DueDate", "Status"],
  Representatives: ["Arrangement", "Person", "TermEnd"],
  Interests: ["Arrangement", "Representative"],
  Exits: ["Arrangement", "Status"],
  RoleHolders: ["Title", "Person", "Portfolio", "Directorate", "Delegate", "ActiveTo"],
  Portfolios: ["Title", "Active"],
  Directorates: ["Title", "Active"],
  Objectives: ["Code", "Active"],
  Policies: ["Title", "PackVersion", "Active"],
  AuditLog: ["At", "By", "ListTitle", "ItemId", "ArrangementId", "Action"],
  Conversations: ["Title", "Person"],
};

/** Lists whose items belong to one arrangement. */
const childLists = ["Evaluations", "ApprovalStages", "Opinions", "Risks", "Measures", "BudgetFigures", "Reviews", "Representatives", "Interests", "Exits"];

const schemaFor = (title: string): z.ZodObject => {
  if (!isListTitle(title)) throw new Error(`no record schema for ${title}`);
  return recordSchemas[title].schema;
};
const shapeOf = (title: string): Record<string, z.ZodType> => schemaFor(title).shape;

describe("the SharePoint list definitions", () => {
  it("include every list the product keeps, each with a unique title", () => {
    const titles = listDefinitions.map((d) => d.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect([...titles].sort()).toEqual(Object.keys(recordSchemas).sort());
  });

  it("can be found by title, and an unknown title is named in the error", () => {
    expect(getListDefinition("Risks").record).toBe("risk");
    expect(() => getListDefinition("Risk")).toThrow(/no list called "Risk"/);
  });

  it("point every Lookup at a list that exists", () => {
    const titles = new Set(listDefinitions.map((d) => d.title));
    const lookups = listDefinitions.flatMap((d) => d.fields.filter((f) => f.type === "Lookup").map((f) => `${d.title}.${f.internalName} → ${f.lookupList}`));
    expect(lookups.filter((l) => !titles.has(l.split(" → ")[1] ?? ""))).toEqual([]);
  });

  it("offer exactly the lifecycle states as the register's Status choices", () => {
    const status = getListDefinition("Partnerships").fields.find((f) => f.internalName === "Status");
    expect(status?.choices).toEqual([...lifecycleStates]);
  });

  it("tie every child list to its arrangement with a required, indexed Arrangement lookup", () => {
    for (const title of childLists) {
      const arrangement = getListDefinition(title).fields.find((f) => f.internalName === "Arrangement");
      expect(arrangement, title).toMatchObject({ type: "Lookup", lookupList: "Partnerships", property: "arrangementId", required: true, indexed: true });
    }
  });

  it("never publish confidential notes or exit liabilities", () => {
    const confidential = listDefinitions.flatMap((d) => d.fields.filter((f) => f.confidential).map((f) => `${d.title}.${f.internalName}`));
    expect(confidential).toEqual(expect.arrayContaining(["Partnerships.ConfidentialNotes", "Exits.ExitLiabilities"]));
  });

  it.each(Object.entries(filteredColumns))("index every column the app filters %s on", (title, columns) => {
    const fields = getListDefinition(title).fields;
    const notIndexed = columns.filter((name) => !fields.find((f) => f.internalName === name)?.indexed);
    expect(notIndexed).toEqual([]);
    // Lookups and Status columns are always filtered on, whatever the list above says.
    expect(fields.filter((f) => (f.type === "Lookup" || f.internalName === "Status") && !f.indexed).map((f) => f.internalName)).toEqual([]);
  });

  it("index no column SharePoint cannot index (notes, several people)", () => {
    const unindexable = listDefinitions.flatMap((d) =>
      d.fields.filter((f) => f.indexed && (f.type === "Note" || f.type === "MultiChoice" || f.multiple)).map((f) => `${d.title}.${f.internalName}`),
    );
    expect(unindexable).toEqual([]);
  });
});

describe.each(listDefinitions.map((d) => ({ title: d.title, definition: d })))("the $title list and its record", ({ title, definition }) => {
  const shape = shapeOf(title);

  it("declares the record the app stores in it", () => {
    expect(isListTitle(title) && recordSchemas[title].record).toBe(definition.record);
  });

  it("uses the built-in Title column and unique internal names and properties", () => {
    expect(definition.fields.some((f) => f.internalName === "Title")).toBe(true);
    const names = definition.fields.map((f) => f.internalName);
    const properties = definition.fields.map((f) => f.property);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(properties).size).toBe(properties.length);
  });

  it("has a column for every property of the record except item metadata (id, etag)", () => {
    const stored = new Set(definition.fields.map((f) => f.property));
    expect(Object.keys(shape).filter((p) => !stored.has(p) && !metadataProperties.includes(p))).toEqual([]);
  });

  it("keeps item metadata out of its columns", () => {
    expect(definition.fields.filter((f) => metadataProperties.includes(f.property)).map((f) => f.internalName)).toEqual([]);
  });

  it.each(definition.fields.map((f) => ({ column: f.internalName, field: f })))("stores $column in a property of the same type and requiredness", ({ field }) => {
    const property = shape[field.property];
    expect(property, `${field.internalName} → ${field.property} is not in the record`).toBeDefined();
    if (!property) return;
    const { optional, shape: valueShape } = propertyShape(property);
    expect(disagreement(field, valueShape)).toBeUndefined();
    expect({ required: field.required }).toEqual({ required: !optional });
  });
});

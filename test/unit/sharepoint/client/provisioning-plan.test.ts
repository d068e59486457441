import { describe, expect, it } from "vitest";
import { listDefinitions } from "../../../../src/sharepoint/lists/load-list-definitions";
import type { FieldDefinition, ListDefinition } from "../../../../src/sharepoint/lists/list-definition";
import { fieldDifferences } from "../../../../src/sharepoint/provision/field-differences";
import { fieldSchemaXml } from "../../../../src/sharepoint/provision/field-schema-xml";
import { orderByLookups } from "../../../../src/sharepoint/provision/order-by-lookups";

const field = (f: Partial<FieldDefinition> & Pick<FieldDefinition, "internalName" | "type">): FieldDefinition => ({
  displayName: f.internalName,
  property: "x",
  required: false,
  indexed: false,
  ...f,
});
const list = (title: string, fields: FieldDefinition[]): ListDefinition => ({ title, description: title, record: "x", fields });

describe("the order lists are provisioned in", () => {
  it("puts every lookup's target list first", () => {
    const order = orderByLookups([...listDefinitions].reverse()).map((d) => d.title);
    for (const definition of listDefinitions) {
      for (const f of definition.fields) if (f.lookupList) expect(order.indexOf(f.lookupList), `${definition.title}.${f.internalName}`).toBeLessThan(order.indexOf(definition.title));
    }
  });
  it("names a lookup to a list that is nowhere", () =>
    expect(() => orderByLookups([list("Risks", [field({ internalName: "Arrangement", type: "Lookup", lookupList: "Nowhere" })])])).toThrow(/Nowhere list, which is neither defined nor on the site/));
  it("names lookups that go round in a circle", () =>
    expect(() =>
      orderByLookups([list("A", [field({ internalName: "B", type: "Lookup", lookupList: "B" })]), list("B", [field({ internalName: "A", type: "Lookup", lookupList: "A" })])]),
    ).toThrow(/A → B → A/));
});

describe("column SchemaXml", () => {
  it("fixes the internal name and escapes display text", () =>
    expect(fieldSchemaXml(field({ internalName: "LeadPartner", displayName: 'Lead "partner" & co', type: "Text", required: true }))).toBe(
      '<Field Type="Text" Name="LeadPartner" StaticName="LeadPartner" DisplayName="Lead &quot;partner&quot; &amp; co" Required="TRUE" MaxLength="255" />',
    ));
  it("lists choices", () => expect(fieldSchemaXml(field({ internalName: "View", type: "Choice", choices: ["supports", "objects"] }))).toContain("<CHOICES><CHOICE>supports</CHOICE><CHOICE>objects</CHOICE></CHOICES>"));
  it("points a lookup at its target list's id and shows its title", () =>
    expect(fieldSchemaXml(field({ internalName: "Arrangement", type: "Lookup", lookupList: "Partnerships" }), "1234")).toContain('List="{1234}" ShowField="Title"'));
  it("allows several people where the definition says so", () => expect(fieldSchemaXml(field({ internalName: "Assignees", type: "User", multiple: true }))).toContain('Type="UserMulti"'));
  it("keeps notes plain text so JSON reads back as written", () => expect(fieldSchemaXml(field({ internalName: "Roles", type: "Note", json: true }))).toContain('RichText="FALSE"'));
  it("makes a date-only column", () => expect(fieldSchemaXml(field({ internalName: "DueDate", type: "DateTime", dateOnly: true }))).toContain('Format="DateOnly"'));
});

describe("what must change on an existing column", () => {
  const status = field({ internalName: "Status", displayName: "Status", type: "Choice", choices: ["open", "closed"], required: true, indexed: true });
  it("nothing, when it matches", () =>
    expect(fieldDifferences(status, { InternalName: "Status", Title: "Status", TypeAsString: "Choice", Required: true, Indexed: true, Choices: ["open", "closed"] })).toEqual({ updates: {}, index: false, described: [], problems: [] }));
  it("new choices, required flag and the index", () =>
    expect(fieldDifferences(status, { InternalName: "Status", Title: "Status", TypeAsString: "Choice", Required: false, Indexed: false, Choices: { results: ["open"] } })).toMatchObject({
      updates: { Required: true, Choices: ["open", "closed"] },
      index: true,
    }));
  it("leaves a change of type to a person", () => {
    const differences = fieldDifferences(status, { InternalName: "Status", Title: "Status", TypeAsString: "Text" });
    expect(differences.updates).toEqual({});
    expect(differences.problems[0]).toMatch(/change it by hand/);
  });
});

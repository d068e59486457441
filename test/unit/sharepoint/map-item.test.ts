import { describe, expect, it } from "vitest";
import { arrangementSchema } from "../../../src/domain/records/arrangement";
import { approvalStageSchema } from "../../../src/domain/records/approval-stage";
import { riskSchema } from "../../../src/domain/records/risk";
import type { ListDefinition } from "../../../src/sharepoint/lists/list-definition";
import { getListDefinition } from "../../../src/sharepoint/lists/load-list-definitions";
import { itemToRecord, recordToItem } from "../../../src/sharepoint/lists/map-item";

const partnerships = getListDefinition("Partnerships");
const risks = getListDefinition("Risks");
const stages = getListDefinition("ApprovalStages");

/** A register row as SharePoint's REST API (JSON light) returns it, with the people expanded. */
const partnershipItem = {
  Id: 12,
  "odata.etag": '"3"',
  Title: "North Kent Community Safety Partnership",
  Kind: "partnership",
  Category: "significant",
  Status: "active",
  Partners: '[{"name":"Kent Police"},{"name":"Kent Fire and Rescue","sector":"public"}]',
  LeadOfficer: { Id: 7, Title: "Priya Shah", EMail: "priya.shah@council.example" },
  SponsoringOfficerId: 8,
  DirectorateId: 2,
  StartDate: "2024-03-31T23:00:00Z",
  PlannedEndDate: null,
  CouncilContribution: 65000,
  TermsOfReferenceUrl: { Url: "https://council.example/tor.pdf", Description: "Terms of reference" },
  Statutory: true,
  LegalForm: "joint-committee",
};

const riskItem = (overrides: Record<string, unknown> = {}) => ({
  Id: 4,
  Title: "Partner funding withdrawn",
  ArrangementId: 12,
  Likelihood: 3,
  Impact: 4,
  RiskOwnerId: 7,
  ReviewDate: "2025-06-30T23:00:00Z",
  Status: "open",
  OnCorporateRegister: false,
  ...overrides,
});

describe("reading a list item into a record", () => {
  it("reads a register row a Change Manager kept well, with no problems", () => {
    const { record, problems } = itemToRecord(partnerships, partnershipItem, arrangementSchema);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      id: 12,
      etag: '"3"',
      name: "North Kent Community Safety Partnership",
      status: "active",
      partners: [{ name: "Kent Police" }, { name: "Kent Fire and Rescue", sector: "public" }],
      leadOfficer: { id: 7, title: "Priya Shah", email: "priya.shah@council.example" },
      sponsoringOfficer: { id: 8 },
      directorateId: 2,
      councilContribution: 65000,
      termsOfReferenceUrl: "https://council.example/tor.pdf",
      statutory: true,
    });
    expect(record).not.toHaveProperty("plannedEndDate");
  });

  it("reads a date-only column as the day the Change Manager picked, even in British Summer Time", () => {
    // SharePoint stores 1 April 2024 (BST) as 23:00 UTC the evening before.
    expect(itemToRecord(partnerships, partnershipItem, arrangementSchema).record.startDate).toBe("2024-04-01");
  });

  it("flags a status that is not a lifecycle state, and keeps the rest of the row", () => {
    const { record, problems } = itemToRecord(partnerships, { ...partnershipItem, Status: "Actve" }, arrangementSchema);
    expect(problems).toEqual([{ field: "status", message: expect.stringContaining("Status 'Actve' is not one of the choices: proposed, screening") }]);
    expect(record.status).toBeUndefined();
    expect(record.name).toBe("North Kent Community Safety Partnership");
  });

  it("flags a missing name by the column's name in the grid", () => {
    const { problems } = itemToRecord(partnerships, { ...partnershipItem, Title: "" }, arrangementSchema);
    expect(problems).toEqual([{ field: "name", message: "Name is required but empty" }]);
  });

  it("flags a JSON note someone broke, without trying to repair it", () => {
    const { record, problems, raw } = itemToRecord(partnerships, { ...partnershipItem, Partners: '[{"name":"Kent Police"' }, arrangementSchema);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^Partners \(JSON\) is not valid JSON/);
    expect(record.partners).toBeUndefined();
    expect(raw.Partners).toBe('[{"name":"Kent Police"');
  });

  it("flags JSON that parses but is not the shape the record needs, saying where", () => {
    const { problems } = itemToRecord(partnerships, { ...partnershipItem, Partners: '[{"name":"Kent Police"},{"name":""}]' }, arrangementSchema);
    expect(problems.map((p) => p.message)).toEqual(["Partners (JSON) (item 2 name) is empty"]);
  });

  it("flags a likelihood outside 1 to 5", () => {
    const { record, problems } = itemToRecord(risks, riskItem({ Likelihood: 7 }), riskSchema);
    expect(problems).toEqual([{ field: "likelihood", message: "Likelihood (1–5) 7 is more than 5" }]);
    expect(record.impact).toBe(4);
  });

  it("flags a likelihood that is not a whole number", () => {
    const { problems } = itemToRecord(risks, riskItem({ Likelihood: 2.5 }), riskSchema);
    expect(problems.map((p) => p.message)).toEqual(["Likelihood (1–5) 2.5 should be a whole number"]);
  });

  it("flags a risk owner who is not a user of the site", () => {
    const { record, problems } = itemToRecord(risks, riskItem({ RiskOwnerId: 99 }), riskSchema, { knownUserIds: [7, 8] });
    expect(problems).toEqual([{ field: "owner", message: "Owner points at person #99, who is not a user of this site" }]);
    expect(record.owner).toBeUndefined();
  });

  it("flags a web address that is not one", () => {
    const { problems } = itemToRecord(partnerships, { ...partnershipItem, TermsOfReferenceUrl: { Url: "intranet/tor", Description: "" } }, arrangementSchema);
    expect(problems.map((p) => p.message)).toEqual(["Terms of reference 'intranet/tor' is not valid: use a web address starting https://"]);
  });

  it("flags rules across columns once each column is sound", () => {
    const item = { ...partnershipItem, PlannedEndDate: "2023-03-31T23:00:00Z" };
    const { record, problems } = itemToRecord(partnerships, item, arrangementSchema);
    expect(problems).toEqual([{ field: "plannedEndDate", message: "Planned end date: the planned end date is before the start date" }]);
    expect(record.plannedEndDate).toBe("2023-04-01");
  });

  it("reads several assignees in verbose OData form and the ETag from its metadata", () => {
    const item = {
      __metadata: { etag: '"9"' },
      Id: 30,
      Title: "Portfolio Holder and Leader approval",
      ArrangementId: 12,
      StageOrder: 3,
      StageType: "approval",
      Roles: '["portfolio-holder","leader"]',
      AssigneesId: { results: [7, 8] },
      Status: "pending",
    };
    const { record, problems } = itemToRecord(stages, item, approvalStageSchema);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ etag: '"9"', assignees: [{ id: 7 }, { id: 8 }], roles: ["portfolio-holder", "leader"] });
  });

  it("prefers expanded people, which carry names, over bare ids", () => {
    const item = { Id: 30, Title: "Approval", ArrangementId: 12, StageOrder: 1, StageType: "approval", Roles: '["leader"]', Status: "pending", AssigneesId: [7], Assignees: [{ Id: 7, Title: "Cllr Jo Brown", EMail: "jo@council.example" }] };
    expect(itemToRecord(stages, item, approvalStageSchema).record.assignees).toEqual([{ id: 7, title: "Cllr Jo Brown", email: "jo@council.example" }]);
  });

  it("never throws, whatever a row holds", () => {
    const garbage = { Title: 42, Status: ["active"], Likelihood: "high", ArrangementId: "twelve", RiskOwner: { nonsense: true }, ReviewDate: "soon", OnCorporateRegister: "yes" };
    const { problems } = itemToRecord(risks, garbage, riskSchema);
    expect(problems.map((p) => p.field)).toEqual(["(item)", "title", "arrangementId", "likelihood", "impact", "reviewDate", "status", "onCorporateRegister"]);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });
});

describe("reading multiple-choice columns", () => {
  const tagged: ListDefinition = {
    title: "Tagged",
    description: "a list with a multiple-choice column",
    record: "risk",
    fields: [{ internalName: "Tags", displayName: "Tags", type: "MultiChoice", property: "tags", required: false, indexed: false, choices: ["finance", "legal"] }],
  };
  const schema = arrangementSchema.pick({ id: true }).extend({ tags: riskSchema.shape.status.array().optional() });

  it("accepts both the plain array and the verbose { results } form", () => {
    const withChoices = { ...tagged, fields: [{ ...tagged.fields[0]!, choices: ["open", "closed"] }] };
    expect(itemToRecord(withChoices, { Id: 1, Tags: ["open"] }, schema).record.tags).toEqual(["open"]);
    expect(itemToRecord(withChoices, { Id: 1, Tags: { results: ["closed", "open"] } }, schema).record.tags).toEqual(["closed", "open"]);
  });

  it("names every value that is not a choice", () => {
    const { problems } = itemToRecord(tagged, { Id: 1, Tags: ["finance", "IT", "HR"] }, schema);
    expect(problems).toEqual([{ field: "tags", message: "Tags 'IT', 'HR' are not one of the choices: finance, legal" }]);
  });
});

describe("writing a record to a list item", () => {
  it("writes people and lookups by id, JSON notes as text and links as SharePoint link values", () => {
    const payload = recordToItem(partnerships, {
      name: "North Kent CSP",
      status: "active",
      leadOfficer: { id: 7, title: "Priya Shah" },
      directorateId: 2,
      partners: [{ name: "Kent Police" }],
      termsOfReferenceUrl: "https://council.example/tor.pdf",
    });
    expect(payload).toEqual({
      Title: "North Kent CSP",
      Status: "active",
      LeadOfficerId: 7,
      DirectorateId: 2,
      Partners: '[{"name":"Kent Police"}]',
      TermsOfReferenceUrl: { Url: "https://council.example/tor.pdf", Description: "https://council.example/tor.pdf" },
    });
  });

  it("writes several people as a list of ids", () => {
    expect(recordToItem(stages, { assignees: [{ id: 7 }, { id: 8 }] })).toEqual({ AssigneesId: [7, 8] });
  });

  it("writes a date-only value as local midnight, as the grid would", () => {
    expect(recordToItem(risks, { reviewDate: "2025-07-01" })).toEqual({ ReviewDate: "2025-06-30T23:00:00Z" });
    expect(recordToItem(risks, { reviewDate: "2025-12-01" })).toEqual({ ReviewDate: "2025-12-01T00:00:00Z" });
  });

  it("writes only the properties given, clears those given as undefined, and never writes id or etag", () => {
    expect(recordToItem(risks, { id: 4, etag: '"2"', mitigation: undefined, owner: undefined, likelihood: 2 })).toEqual({ Mitigation: null, RiskOwnerId: null, Likelihood: 2 });
  });

  it("reads back what it wrote", () => {
    const risk = { title: "Partner funding withdrawn", arrangementId: 12, likelihood: 3, impact: 4, owner: { id: 7 }, reviewDate: "2025-07-01", status: "open" as const, onCorporateRegister: true };
    const { record, problems } = itemToRecord(risks, { Id: 4, ...recordToItem(risks, risk) }, riskSchema);
    expect(problems).toEqual([]);
    expect(record).toEqual({ id: 4, ...risk });
  });
});

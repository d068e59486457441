import type { FieldDefinition, ListDefinition } from "../../../src/sharepoint/lists/list-definition";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";

/** JSON notes hold structured values; each gets a believable one. */
function jsonSample(property: string): unknown {
  const pack = getBuiltInPack("gravesham");
  const samples: Record<string, unknown> = {
    partners: [{ name: "Kent Community Health", sector: "health" }],
    objectiveIds: [1],
    councilResources: { finance: "£20,000 a year", staff: "0.5 FTE" },
    keyPlans: [{ title: "Business plan 2026", url: "https://council.example/plans/2026" }],
    roles: ["monitoring-officer"],
    decisions: [],
    answers: { "exit-strategy": "Twelve months' notice" },
    reasons: [{ text: "Council resource is at least £50,000" }],
    actuals: [{ period: "2026-Q1", value: 42 }],
    pack,
  };
  if (!(property in samples)) throw new Error(`no sample JSON for ${property}`);
  return samples[property];
}

/** Text columns that must look like something in particular. */
const textSamples: Record<string, unknown> = {
  version: getBuiltInPack("gravesham")?.version,
  packId: "gravesham",
  policyVersion: "1.0.0",
  financialYear: "2026/27",
};

/**
 * A valid record for a list, every column filled, built from its definition. `person` is a site
 * user id; `lookup(list)` gives the id of an existing item in that list.
 */
export function sampleRecord(definition: ListDefinition, person: number, lookup: (list: string) => number, label = "Sample"): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of definition.fields) record[field.property] = sampleValue(field, person, lookup, label);
  return record;
}

function sampleValue(field: FieldDefinition, person: number, lookup: (list: string) => number, label: string): unknown {
  switch (field.type) {
    case "Text":
      return textSamples[field.property] ?? (field.internalName === "Title" && !["kind", "financialYear", "roleId", "packId"].includes(field.property) ? label : "sample-value");
    case "Note":
      return field.json ? jsonSample(field.property) : `${label}: a note an officer wrote.`;
    case "Number":
      return 3;
    case "Currency":
      return 12500;
    case "DateTime":
      return field.dateOnly ? "2026-04-01" : "2026-04-01T09:30:00Z";
    case "Choice":
      return field.choices?.[0];
    case "MultiChoice":
      return field.choices?.slice(0, 1);
    case "Boolean":
      return true;
    case "User":
      return field.multiple ? [{ id: person }] : { id: person };
    case "Lookup":
      return lookup(field.lookupList ?? "");
    case "URL":
      return "https://council.example/documents/terms";
  }
}

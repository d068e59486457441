import type { FieldDefinition } from "../lists/list-definition";
import { expectedTypeAsString } from "./field-schema-xml";

/** A column as SharePoint reports it (`…/fields`); only what provisioning compares. */
export interface ExistingField {
  Id?: string;
  InternalName: string;
  Title?: string;
  TypeAsString?: string;
  Required?: boolean;
  Indexed?: boolean;
  Description?: string;
  Choices?: string[] | { results?: string[] };
  LookupList?: string;
  DisplayFormat?: number;
}

export interface FieldDifferences {
  /** Properties to MERGE onto the column, each already checked safe to change in place. */
  updates: Record<string, unknown>;
  /** Index it, in a call of its own: indexing a long list is SharePoint's slowest column change, and can fail alone (20 indexes per list). */
  index: boolean;
  /** One phrase per change, for the report ("required", "choices: a, b"). */
  described: string[];
  /** Differences provisioning will not fix by itself because data could be lost. */
  problems: string[];
}

const guid = (value: string | undefined): string => (value ?? "").replace(/[{}]/g, "").toLowerCase();
const choicesOf = (c: ExistingField["Choices"]): string[] => (Array.isArray(c) ? c : (c?.results ?? []));

/**
 * What must change for a column to match its definition. Changing a column's type or a lookup's
 * target could lose what officers have typed, so those are reported for a person to decide.
 * An index the site has but the definition does not ask for is left alone: it only helps.
 */
export function fieldDifferences(field: FieldDefinition, existing: ExistingField, lookupListId?: string): FieldDifferences {
  const updates: Record<string, unknown> = {};
  const described: string[] = [];
  const problems: string[] = [];
  const expectedType = expectedTypeAsString(field);
  if (existing.TypeAsString !== undefined && existing.TypeAsString !== expectedType) {
    problems.push(`column ${field.internalName} is ${existing.TypeAsString} on the site but ${expectedType} in the definition; change it by hand (changing a column's type can lose data)`);
    return { updates, index: false, described, problems };
  }
  if (existing.Title !== field.displayName) {
    updates.Title = field.displayName;
    described.push(`display name "${field.displayName}"`);
  }
  if (Boolean(existing.Required) !== field.required) {
    updates.Required = field.required;
    described.push(field.required ? "required" : "not required");
  }
  if (field.description !== undefined && (existing.Description ?? "") !== field.description) {
    updates.Description = field.description;
    described.push("description");
  }
  if (field.choices && choicesOf(existing.Choices).join("\n") !== field.choices.join("\n")) {
    updates.Choices = field.choices;
    described.push(`choices ${field.choices.join(", ")}`);
  }
  if (field.type === "DateTime" && existing.DisplayFormat !== (field.dateOnly ? 0 : 1)) {
    updates.DisplayFormat = field.dateOnly ? 0 : 1;
    described.push(field.dateOnly ? "date only" : "date and time");
  }
  if (field.type === "Lookup" && lookupListId && existing.LookupList && guid(existing.LookupList) !== guid(lookupListId)) {
    problems.push(`column ${field.internalName} looks up a different list than ${field.lookupList}; change it by hand`);
  }
  return { updates, index: field.indexed && !existing.Indexed, described, problems };
}

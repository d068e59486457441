import type { IList } from "@pnp/sp/lists";
import { AddFieldOptions } from "@pnp/sp/fields";
import type { ListDefinition } from "../lists/list-definition";
import { fieldDifferences, type ExistingField } from "./field-differences";
import { fieldSchemaXml } from "./field-schema-xml";

export interface ProvisionChange {
  list: string;
  /** What was done, as a person reads it in the report. */
  change: string;
}

export interface ListOutcome {
  changes: ProvisionChange[];
  problems: string[];
}

// The internal name is the one in the definition (not derived from the display name), and the
// column shows in the list's default view so the Change Manager sees it when editing the list.
const createOptions = AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddFieldToDefaultView;

/** SharePoint's REST type for a MERGE on a column (saves PnPjs a lookup of its own). */
const restType = (existing: ExistingField): string => `SP.Field${existing.TypeAsString ?? ""}`;

/**
 * Makes one list's columns match its definition: creates missing columns, then brings each
 * column's settings and index in line. `listIds` maps list titles to ids for lookup targets.
 */
export async function provisionFields(list: IList, definition: ListDefinition, listIds: ReadonlyMap<string, string>): Promise<ListOutcome> {
  const changes: ProvisionChange[] = [];
  const problems: string[] = [];
  const note = (change: string) => changes.push({ list: definition.title, change });
  const existing = new Map((await list.fields<ExistingField[]>()).map((f) => [f.InternalName, f]));
  for (const field of definition.fields) {
    const lookupListId = field.lookupList ? listIds.get(field.lookupList) : undefined;
    let current = existing.get(field.internalName);
    if (!current) {
      current = await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, lookupListId), Options: createOptions }) as ExistingField;
      note(`added column ${field.displayName} (${field.internalName}, ${field.type})`);
    }
    const column = list.fields.getByInternalNameOrTitle(field.internalName);
    const differences = fieldDifferences(field, current, lookupListId);
    problems.push(...differences.problems.map((p) => `${definition.title}: ${p}`));
    if (Object.keys(differences.updates).length > 0) {
      await column.update(differences.updates, restType(current));
      // A column just created is reported once, as added; its follow-up settings are part of that.
      if (existing.has(field.internalName)) note(`changed column ${field.internalName}: ${differences.described.join(", ")}`);
    }
    if (differences.index) {
      await column.update({ Indexed: true }, restType(current));
      note(`indexed column ${field.internalName}`);
    }
  }
  return { changes, problems };
}

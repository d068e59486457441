import type { FieldDefinition } from "../lists/list-definition";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

const bool = (value: boolean): string => (value ? "TRUE" : "FALSE");

/** SharePoint's TypeAsString for a definition's column: what an existing column must report. */
export function expectedTypeAsString(field: FieldDefinition): string {
  if (field.type === "User") return field.multiple ? "UserMulti" : "User";
  return field.type;
}

function typeAttributes(field: FieldDefinition, lookupListId: string | undefined): Record<string, string> {
  switch (field.type) {
    case "Text":
      return { MaxLength: "255" };
    // Plain text, never rich: a JSON note must read back exactly as written, and so must officers' notes.
    case "Note":
      return { NumLines: "6", RichText: "FALSE", AppendOnly: "FALSE" };
    // 2057 is en-GB: councils count in pounds.
    case "Currency":
      return { LCID: "2057" };
    case "DateTime":
      return { Format: field.dateOnly ? "DateOnly" : "DateTime" };
    case "Choice":
      return { Format: "Dropdown", FillInChoice: "FALSE" };
    case "MultiChoice":
      return { FillInChoice: "FALSE" };
    case "User":
      return { UserSelectionMode: "PeopleOnly", ...(field.multiple ? { Mult: "TRUE" } : {}) };
    case "Lookup":
      if (!lookupListId) throw new Error(`${field.internalName}: the ${field.lookupList} list must exist before a lookup to it`);
      return { List: `{${lookupListId}}`, ShowField: "Title" };
    case "URL":
      return { Format: "Hyperlink" };
    default:
      return {};
  }
}

/**
 * The `<Field>` SchemaXml for `fields.createFieldAsXml`. `Name` fixes the internal name (with
 * AddFieldInternalNameHint), so columns keep the names the code and filters use whatever their
 * display names. Indexes are set afterwards with `field.update({ Indexed: true })`.
 */
export function fieldSchemaXml(field: FieldDefinition, lookupListId?: string): string {
  const attributes: Record<string, string> = {
    Type: expectedTypeAsString(field),
    Name: field.internalName,
    StaticName: field.internalName,
    DisplayName: field.displayName,
    Required: bool(field.required),
    ...(field.description ? { Description: field.description } : {}),
    ...typeAttributes(field, lookupListId),
  };
  const attrs = Object.entries(attributes)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(" ");
  if (!field.choices?.length) return `<Field ${attrs} />`;
  const choices = field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join("");
  return `<Field ${attrs}><CHOICES>${choices}</CHOICES></Field>`;
}

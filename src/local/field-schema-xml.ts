import type { FieldKind } from "./model";
import type { NewField } from "./field-factory";
import { spErrors } from "./sp-error";

/**
 * `fields/createfieldasxml` sends `<Field Type="…" Name="…" DisplayName="…" …>` with optional
 * `<CHOICES><CHOICE>…</CHOICE></CHOICES>`. This reads the attributes SharePoint honours for the
 * column types this product uses; it is not a general XML parser.
 */
const typeMap: Record<string, { kind: FieldKind; multi?: boolean }> = {
  Text: { kind: "Text" },
  Note: { kind: "Note" },
  Number: { kind: "Number" },
  Integer: { kind: "Integer" },
  Currency: { kind: "Currency" },
  DateTime: { kind: "DateTime" },
  Choice: { kind: "Choice" },
  MultiChoice: { kind: "MultiChoice" },
  Boolean: { kind: "Boolean" },
  User: { kind: "User" },
  UserMulti: { kind: "User", multi: true },
  Lookup: { kind: "Lookup" },
  LookupMulti: { kind: "Lookup", multi: true },
  URL: { kind: "URL" },
};

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export function fieldFromSchemaXml(xml: string): NewField {
  const open = /^\s*<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw spErrors.badBody("SchemaXml must start with a <Field> element.");
  const attrs = new Map<string, string>();
  for (const m of (open[1] ?? "").matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs.set((m[1] ?? "").toLowerCase(), decode(m[3] ?? m[4] ?? ""));
  }
  const type = attrs.get("type") ?? "";
  const mapped = typeMap[type];
  if (!mapped) throw spErrors.badBody(`Field type '${type}' is not supported by the local stand-in.`);
  const name = attrs.get("name") ?? attrs.get("staticname");
  const title = attrs.get("displayname") ?? name;
  if (!title) throw spErrors.badBody("SchemaXml needs Name or DisplayName.");
  const bool = (key: string): boolean | undefined => {
    const v = attrs.get(key);
    return v === undefined ? undefined : v.toUpperCase() === "TRUE";
  };
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decode(m[1] ?? ""));
  return {
    Title: title,
    InternalName: name,
    kind: mapped.kind,
    Required: bool("required"),
    Indexed: bool("indexed"),
    Hidden: bool("hidden"),
    EnforceUniqueValues: bool("enforceuniquevalues"),
    Description: attrs.get("description"),
    Choices: choices.length > 0 ? choices : undefined,
    FillInChoice: bool("fillinchoice"),
    LookupList: attrs.get("list"),
    LookupField: attrs.get("showfield"),
    AllowMultipleValues: mapped.multi === true || bool("mult") === true,
  };
}

import { randomUUID } from "node:crypto";
import { FieldTypeKind, type FieldDef, type FieldKind } from "./model";
import { SpError, spErrors } from "./sp-error";

/** TypeAsString for each kind, as SharePoint reports it (person columns are "User"). */
const typeAsString: Record<FieldKind, string> = {
  Integer: "Integer",
  Text: "Text",
  Note: "Note",
  DateTime: "DateTime",
  Counter: "Counter",
  Choice: "Choice",
  Lookup: "Lookup",
  Boolean: "Boolean",
  Number: "Number",
  Currency: "Currency",
  URL: "URL",
  MultiChoice: "MultiChoice",
  User: "User",
};

const kindByNumber = new Map<number, FieldKind>(
  Object.entries(FieldTypeKind).map(([kind, n]) => [n, kind as FieldKind]),
);

export function kindFromTypeKind(n: number): FieldKind {
  const kind = kindByNumber.get(n);
  if (!kind) throw new SpError(400, "-2147024809, System.ArgumentException", `Field type ${n} is not supported by the local stand-in.`);
  return kind;
}

/** SharePoint's internal name for a new column: the title with spaces and symbols encoded. */
export function internalNameFromTitle(title: string): string {
  return title.replace(/[^A-Za-z0-9_]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`).slice(0, 32);
}

export interface NewField {
  Title: string;
  kind: FieldKind;
  InternalName?: string;
  Required?: boolean;
  Indexed?: boolean;
  Hidden?: boolean;
  Description?: string;
  EnforceUniqueValues?: boolean;
  Choices?: string[];
  FillInChoice?: boolean;
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  DisplayFormat?: number;
  MaxLength?: number;
  builtIn?: boolean;
  ReadOnlyField?: boolean;
}

export function makeField(input: NewField): FieldDef {
  const internalName = input.InternalName ?? internalNameFromTitle(input.Title);
  const multi = input.AllowMultipleValues === true;
  const field: FieldDef = {
    Id: randomUUID(),
    InternalName: internalName,
    StaticName: internalName,
    Title: input.Title,
    kind: input.kind,
    TypeAsString: typeAsString[input.kind] + (multi && (input.kind === "User" || input.kind === "Lookup") ? "Multi" : ""),
    FieldTypeKind: FieldTypeKind[input.kind],
    Required: input.Required ?? false,
    Indexed: input.Indexed ?? false,
    Hidden: input.Hidden ?? false,
    ReadOnlyField: input.ReadOnlyField ?? false,
    builtIn: input.builtIn ?? false,
    Description: input.Description ?? "",
    EnforceUniqueValues: input.EnforceUniqueValues ?? false,
  };
  if (input.kind === "Choice" || input.kind === "MultiChoice") {
    field.Choices = input.Choices ?? [];
    field.FillInChoice = input.FillInChoice ?? false;
  }
  if (input.kind === "Lookup" || input.kind === "User") {
    field.AllowMultipleValues = multi;
    field.LookupField = input.LookupField ?? (input.kind === "User" ? "ImnName" : "Title");
    if (input.kind === "Lookup") field.LookupList = input.LookupList ? normaliseGuid(input.LookupList) : "";
  }
  if (input.DisplayFormat !== undefined) field.DisplayFormat = input.DisplayFormat;
  if (input.kind === "Text") field.MaxLength = input.MaxLength ?? 255;
  return field;
}

/** The columns every generic list (BaseTemplate 100) starts with. Title is required by default. */
export function builtInFields(): FieldDef[] {
  const sys = { builtIn: true, ReadOnlyField: true };
  return [
    makeField({ Title: "ID", InternalName: "ID", kind: "Counter", Indexed: true, ...sys }),
    makeField({ Title: "Title", InternalName: "Title", kind: "Text", Required: true, builtIn: true }),
    makeField({ Title: "Created", InternalName: "Created", kind: "DateTime", ...sys }),
    makeField({ Title: "Modified", InternalName: "Modified", kind: "DateTime", ...sys }),
    makeField({ Title: "Created By", InternalName: "Author", kind: "User", ...sys }),
    makeField({ Title: "Modified By", InternalName: "Editor", kind: "User", ...sys }),
  ];
}

export function normaliseGuid(value: string): string {
  return value.replace(/^guid'|'$/g, "").replace(/[{}]/g, "").toLowerCase();
}

/** `Choices` arrives as `{results:[…]}` (verbose bodies, PnPjs addChoice) or a plain array (update). */
export function readChoices(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const arr = Array.isArray(value) ? value : (value as { results?: unknown }).results;
  if (!Array.isArray(arr) || arr.some((c) => typeof c !== "string")) {
    throw spErrors.badBody("Choices must be an array of strings.");
  }
  return arr as string[];
}

const optBool = (v: unknown, name: string): boolean | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") throw spErrors.conversion(`Edm.Boolean (${name})`);
  return v;
};

/**
 * A field from a `POST …/fields` body (verbose, with FieldTypeKind) or `…/fields/AddField`
 * `parameters` (how PnPjs adds lookups: LookupListId + LookupFieldName).
 */
export function fieldFromRestBody(body: Record<string, unknown>): NewField {
  const title = body.Title;
  if (typeof title !== "string" || title.length === 0) throw spErrors.badBody("Title is required for a new field.");
  const typeKind = body.FieldTypeKind;
  if (typeof typeKind !== "number") throw spErrors.badBody("FieldTypeKind is required for a new field.");
  const kind = kindFromTypeKind(typeKind);
  return {
    Title: title,
    kind,
    InternalName: typeof body.InternalName === "string" ? body.InternalName : undefined,
    Required: optBool(body.Required, "Required"),
    Indexed: optBool(body.Indexed, "Indexed"),
    Hidden: optBool(body.Hidden, "Hidden"),
    EnforceUniqueValues: optBool(body.EnforceUniqueValues, "EnforceUniqueValues"),
    Description: typeof body.Description === "string" ? body.Description : undefined,
    Choices: readChoices(body.Choices),
    FillInChoice: optBool(body.FillInChoice, "FillInChoice"),
    LookupList: typeof body.LookupListId === "string" ? body.LookupListId : typeof body.LookupList === "string" ? body.LookupList : undefined,
    LookupField: typeof body.LookupFieldName === "string" ? body.LookupFieldName : typeof body.LookupField === "string" ? body.LookupField : undefined,
    AllowMultipleValues: optBool(body.AllowMultipleValues, "AllowMultipleValues"),
    DisplayFormat: typeof body.DisplayFormat === "number" ? body.DisplayFormat : undefined,
    MaxLength: typeof body.MaxLength === "number" ? body.MaxLength : undefined,
  };
}

import type { ListStore } from "./list-store";
import { itemTypeName, type FieldDef, type StoredItem } from "./model";
import type { SiteStore } from "./site-store";
import { SpError, spErrors } from "./sp-error";

/**
 * Checks an item body the way SharePoint does on write, and returns the storage patch.
 * Property names are case-sensitive OData names: a column's internal name, or `{Name}Id` for
 * person and lookup columns. Whatever SharePoint would accept is accepted (numeric strings for
 * numbers, `{results:[…]}` or plain arrays for multi-values, null to clear).
 */
const readOnly = new Set(["Id", "ID", "Created", "Modified", "Author", "Editor", "AuthorId", "EditorId", "GUID"]);

function arrayOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object" && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

export function validateItemWrite(
  store: SiteStore,
  list: ListStore,
  body: Record<string, unknown>,
  existing: StoredItem | undefined,
): Record<string, unknown> {
  const typeName = itemTypeName(list.meta.Title);
  const patch: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === "__metadata") continue;
    if (readOnly.has(key)) {
      throw new SpError(400, "-2147024809, System.ArgumentException", `The property '${key}' is read only and cannot be set.`);
    }
    const direct = list.fields.find((f) => f.InternalName === key);
    if (direct && direct.kind !== "User" && direct.kind !== "Lookup") {
      patch[key] = checkValue(direct, raw);
      continue;
    }
    const refName = key.endsWith("StringId") ? key.slice(0, -8) : key.endsWith("Id") ? key.slice(0, -2) : undefined;
    const ref = refName ? list.fields.find((f) => f.InternalName === refName && (f.kind === "User" || f.kind === "Lookup")) : undefined;
    if (!ref || ref.builtIn) throw spErrors.unknownProperty(key, typeName);
    patch[`${ref.InternalName}Id`] = checkReference(store, ref, raw);
  }
  const merged = { ...(existing?.values ?? {}), ...patch };
  for (const field of list.fields) {
    if (!field.Required || field.ReadOnlyField) continue;
    const key = field.kind === "User" || field.kind === "Lookup" ? `${field.InternalName}Id` : field.InternalName;
    // An update only has to keep required columns filled if it touches them.
    if (existing && !(key in patch)) continue;
    if (isEmpty(merged[key])) throw spErrors.fieldValue(`The field '${field.Title}' is required and must have a value.`);
  }
  for (const field of list.fields) {
    if (!field.EnforceUniqueValues || !(field.InternalName in patch)) continue;
    const value = patch[field.InternalName];
    if (isEmpty(value)) continue;
    const norm = String(value).toLowerCase();
    for (const other of list.inIdOrder()) {
      if (other.Id !== existing?.Id && String(other.values[field.InternalName] ?? "").toLowerCase() === norm) {
        throw new SpError(
          409,
          "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${field.InternalName}].`,
        );
      }
    }
  }
  return patch;
}

function checkValue(field: FieldDef, raw: unknown): unknown {
  if (raw === null) return null;
  switch (field.kind) {
    case "Text":
    case "Note": {
      if (typeof raw !== "string") throw spErrors.conversion("Edm.String");
      if (field.kind === "Text" && raw.length > (field.MaxLength ?? 255)) {
        throw spErrors.fieldValue(`The value for field '${field.Title}' is longer than ${field.MaxLength ?? 255} characters.`);
      }
      return raw;
    }
    case "Number":
    case "Currency":
    case "Integer": {
      const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
      if (!Number.isFinite(n)) throw spErrors.conversion("Edm.Double");
      return n;
    }
    case "DateTime": {
      if (typeof raw !== "string" || Number.isNaN(Date.parse(raw))) throw spErrors.conversion("Edm.DateTime");
      return new Date(raw).toISOString().replace(/\.\d{3}Z$/, "Z");
    }
    case "Boolean":
      if (typeof raw !== "boolean") throw spErrors.conversion("Edm.Boolean");
      return raw;
    case "Choice":
      if (typeof raw !== "string") throw spErrors.conversion("Edm.String");
      return checkChoice(field, raw);
    case "MultiChoice": {
      const values = arrayOf(raw);
      if (!values || values.some((v) => typeof v !== "string")) throw spErrors.conversion("Collection(Edm.String)");
      return (values as string[]).map((v) => checkChoice(field, v));
    }
    case "URL": {
      const url = raw as { Url?: unknown; Description?: unknown };
      if (typeof raw !== "object" || typeof url.Url !== "string") throw spErrors.conversion("SP.FieldUrlValue");
      return { Url: url.Url, Description: typeof url.Description === "string" ? url.Description : url.Url };
    }
    default:
      throw spErrors.fieldValue(`The field '${field.Title}' cannot be written.`);
  }
}

function checkChoice(field: FieldDef, value: string): string {
  if (value === "" || field.FillInChoice || (field.Choices ?? []).includes(value)) return value;
  throw spErrors.fieldValue(`Value '${value}' is not one of the choices of the field '${field.Title}'.`);
}

function checkReference(store: SiteStore, field: FieldDef, raw: unknown): unknown {
  if (raw === null) return field.AllowMultipleValues ? [] : null;
  const check = (v: unknown): number => {
    const id = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(id)) throw spErrors.conversion("Edm.Int32");
    if (field.kind === "User") {
      if (!store.userById(id)) throw spErrors.fieldValue(`The user with id ${id} does not exist in this site (field '${field.Title}').`);
    } else {
      const target = store.listById(field.LookupList ?? "");
      if (!target?.get(id)) throw spErrors.fieldValue(`The lookup value ${id} does not exist in the list the field '${field.Title}' points at.`);
    }
    return id;
  };
  if (field.AllowMultipleValues) {
    const values = arrayOf(raw);
    if (!values) throw spErrors.conversion("Collection(Edm.Int32)");
    return values.map(check);
  }
  return check(raw);
}

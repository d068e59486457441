import { columnValue } from "../item-json";
import type { FieldDef, StoredItem } from "../model";
import { isDateOnly, isReference } from "./columns";
import { instantOfSiteDate, instantOfSiteDateTime, siteLocalDate, siteLocalDateTime } from "./site-time";

/**
 * The editor's values as the form holds them (strings, exactly as typed) and the conversions
 * either side: stored item → form, posted form → form, form → the JSON body a REST client would
 * send. Keeping the typed strings is what lets a refused form come back with nothing lost; the
 * REST body is deliberately naive (numbers stay strings, unknown dates stay as typed) so that
 * SharePoint's own rules, in item-validation, decide what is accepted.
 */
export type RawValue = string | string[] | { url: string; description: string };
export type RawValues = Record<string, RawValue>;

export const inputName = (field: FieldDef): string => `f.${field.InternalName}`;
export const descriptionName = (field: FieldDef): string => `f.${field.InternalName}.Description`;

export const isMulti = (field: FieldDef): boolean =>
  field.kind === "MultiChoice" || (isReference(field) && field.AllowMultipleValues === true);

export function emptyRaw(field: FieldDef): RawValue {
  if (field.kind === "URL") return { url: "", description: "" };
  return isMulti(field) ? [] : "";
}

/** Browsers send textarea line breaks as CRLF; SharePoint's grid stores what was typed, LF. */
const lines = (text: string): string => text.replace(/\r\n?/g, "\n");

export function rawFromItem(field: FieldDef, item: StoredItem): RawValue {
  const v = columnValue(item, field);
  if (v === null || v === undefined) return emptyRaw(field);
  if (field.kind === "URL") {
    const url = v as { Url?: unknown; Description?: unknown };
    return { url: typeof url.Url === "string" ? url.Url : "", description: typeof url.Description === "string" ? url.Description : "" };
  }
  if (isMulti(field)) return (Array.isArray(v) ? v : [v]).map(String);
  if (field.kind === "Boolean") return v === true ? "true" : "";
  if (field.kind === "DateTime" && typeof v === "string") {
    return (isDateOnly(field) ? siteLocalDate(v) : siteLocalDateTime(v)) ?? v;
  }
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v);
}

/**
 * What the form says for a column, or undefined when the form did not include it (then the column
 * is left alone). Checkboxes and multi-selects send nothing when empty, so the editor puts an
 * empty hidden input of the same name before them: present-but-empty means "cleared".
 */
export function rawFromForm(field: FieldDef, form: URLSearchParams): RawValue | undefined {
  const name = inputName(field);
  if (!form.has(name)) return undefined;
  if (field.kind === "URL") return { url: form.get(name) ?? "", description: form.get(descriptionName(field)) ?? "" };
  const values = form.getAll(name);
  if (isMulti(field)) return values.filter((v) => v !== "");
  if (field.kind === "Boolean") return values.includes("true") ? "true" : "";
  const value = values[values.length - 1] ?? "";
  return field.kind === "Note" ? lines(value) : value;
}

/** Columns that send nothing when empty, and so need the hidden presence input. */
export const needsPresenceInput = (field: FieldDef): boolean => field.kind === "Boolean" || isMulti(field);

/** True when the person left the value as the form first showed it (so it is not rewritten). */
export function sameRaw(a: RawValue, b: RawValue): boolean {
  if (typeof a === "string" || typeof b === "string") return typeof a === "string" && typeof b === "string" && lines(a) === lines(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const set = new Set(a);
    return b.every((v) => set.has(v));
  }
  return a.url === b.url && a.description === b.description;
}

export function isBlank(raw: RawValue): boolean {
  if (typeof raw === "string") return raw.trim() === "";
  if (Array.isArray(raw)) return raw.length === 0;
  return raw.url.trim() === "";
}

/** The value for the REST body under `restKey(field)`: what a client would send for this input. */
export function restValue(field: FieldDef, raw: RawValue): unknown {
  if (field.kind === "Boolean") return raw === "true";
  if (typeof raw !== "string") {
    if (Array.isArray(raw)) return raw;
    if (raw.url.trim() === "") return null;
    // An empty description is left out, so SharePoint shows the address, as its form does.
    return raw.description.trim() === "" ? { Url: raw.url.trim() } : { Url: raw.url.trim(), Description: raw.description };
  }
  if (raw.trim() === "") return null;
  switch (field.kind) {
    case "Number":
    case "Currency":
    case "Integer":
      return raw.trim();
    case "DateTime":
      // A well-formed date or time is read in the site's zone; anything else goes as typed.
      return (isDateOnly(field) ? instantOfSiteDate(raw.trim()) : instantOfSiteDateTime(raw.trim())) ?? instantOfSiteDate(raw.trim()) ?? raw;
    default:
      return raw;
  }
}

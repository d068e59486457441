import { listDefinitions } from "../../sharepoint/lists/load-list-definitions";
import type { ListDefinition } from "../../sharepoint/lists/list-definition";
import type { ListStore } from "../list-store";
import type { FieldDef } from "../model";

/**
 * Which columns a list shows, in which order. The store's own fields are the truth (a list made
 * over REST with no definition still shows everything); the `sharepoint-lists/*.json`
 * definition, when there is one, only decides the order and marks JSON notes.
 */
export function definitionFor(list: ListStore): ListDefinition | undefined {
  const title = list.meta.Title.toLowerCase();
  return listDefinitions.find((d) => d.title.toLowerCase() === title);
}

/** Columns a person can type into: Title and custom columns, not system or hidden ones. */
export function editableFields(list: ListStore): FieldDef[] {
  const def = definitionFor(list);
  const rank = new Map(def?.fields.map((f, i) => [f.internalName, i]) ?? []);
  const writable = list.fields.filter(
    (f) => !f.Hidden && !f.ReadOnlyField && f.kind !== "Counter" && (!f.builtIn || f.InternalName === "Title"),
  );
  // Array.prototype.sort is stable, so columns missing from the definition keep the store's order, last.
  return writable
    .map((field, i) => ({ field, key: rank.get(field.InternalName) ?? def?.fields.length ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.field);
}

/** The grid: ID, the editable columns, then who last changed the row and when. */
export function gridFields(list: ListStore): FieldDef[] {
  const system = (name: string): FieldDef[] => list.fields.filter((f) => f.InternalName === name);
  return [...system("ID"), ...editableFields(list), ...system("Modified"), ...system("Editor")];
}

export function isJsonNote(list: ListStore, field: FieldDef): boolean {
  return definitionFor(list)?.fields.some((f) => f.internalName === field.InternalName && f.json === true) ?? false;
}

/** SharePoint's DisplayFormat 0 is "date only" (how seed.ts maps `dateOnly`). */
export const isDateOnly = (field: FieldDef): boolean => field.kind === "DateTime" && field.DisplayFormat === 0;

/** Person and lookup values are stored under `<Name>Id`, as the REST API names them. */
export const isReference = (field: FieldDef): boolean => field.kind === "User" || field.kind === "Lookup";
export const restKey = (field: FieldDef): string => (isReference(field) ? `${field.InternalName}Id` : field.InternalName);

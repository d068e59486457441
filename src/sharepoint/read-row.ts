import { z } from "zod";
import type { ListDefinition } from "./lists/list-definition";
import { itemToRecord, type ItemProblem, type SharePointItem } from "./lists/map-item";
import type { ItemSelection } from "./item-select";

/** One list item as a screen gets it: the record, what is wrong with it, and what a write needs. */
export interface ListRow<T> {
  id: number;
  /** Sent back as IF-MATCH on the next write. */
  etag: string;
  /** Every column that could be read; a column with a problem is left out, never guessed. */
  record: Partial<T>;
  problems: ItemProblem[];
  raw: SharePointItem;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * People SharePoint could expand exist on the site. A `{Name}Id` whose expansion came back empty
 * points at someone who no longer does, so it is reported — without an extra request for the
 * site's whole user list.
 */
function expandedPeople(item: SharePointItem, selection: ItemSelection): Set<number> {
  const known = new Set<number>();
  for (const field of selection.fields) {
    if (field.type !== "User") continue;
    const value = item[field.internalName];
    const people = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.results) ? value.results : [value];
    for (const person of people) if (isObject(person) && typeof person.Id === "number") known.add(person.Id);
  }
  return known;
}

/**
 * Maps a raw item, never throwing: a bad row comes back with its problems (DESIGN.md "Data").
 * When only some columns were selected, only those are checked, against a partial schema, so a
 * column the screen did not ask for is not reported as missing.
 */
export function rowReader<T>(definition: ListDefinition, schema: z.ZodObject, selection: ItemSelection): (item: SharePointItem) => ListRow<T> {
  const everything = selection.fields.length === definition.fields.length;
  const readDefinition = everything ? definition : { ...definition, fields: selection.fields };
  // Built once per query, not per row: a 12,000-row register must not build 12,000 schemas.
  const readSchema = everything ? schema : z.object(schema.shape).partial();
  return (item) => {
    const mapped = itemToRecord(readDefinition, item, readSchema, { knownUserIds: expandedPeople(item, selection) });
    const record = mapped.record as Partial<T> & { id?: number; etag?: string };
    return { id: record.id ?? Number(item.Id), etag: record.etag ?? "", record, problems: mapped.problems, raw: item };
  };
}

import type { z } from "zod";
import type { FieldDefinition, ListDefinition } from "./list-definition";
import { describeIssue } from "./describe-issue";
import { readField, type ReadOptions, type SharePointItem } from "./read-field";
import { defaultSiteTimeZone, siteMidnightOf } from "./site-dates";

export type { ReadOptions, SharePointItem } from "./read-field";

/** Something wrong with one column of an item; `field` is the record property ("(item)" for the row itself). */
export interface ItemProblem {
  field: string;
  message: string;
}

/**
 * A row read from a list. `record` holds every column that could be read; a column with a
 * problem is left out of it (never guessed at), so the screen can show the row, flag the column
 * and keep the person's raw text in `raw`.
 */
export interface MappedItem<T> {
  record: Partial<T>;
  problems: ItemProblem[];
  raw: SharePointItem;
}

/** The ETag SharePoint sends with an item, in whichever OData flavour was asked for. */
function etagOf(item: SharePointItem): string | undefined {
  const metadata = item.__metadata;
  const candidates = [item["odata.etag"], item["@odata.etag"], typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>).etag : undefined];
  return candidates.find((c): c is string => typeof c === "string");
}

/** Turns a raw SharePoint list item into a domain record plus the problems found. Never throws. */
export function itemToRecord<S extends z.ZodObject>(
  definition: ListDefinition,
  item: SharePointItem,
  schema: S,
  options: ReadOptions = {},
): MappedItem<z.infer<S>> {
  const record: Record<string, unknown> = {};
  const problems: ItemProblem[] = [];
  const id = item.Id ?? item.ID;
  if (typeof id === "number") record.id = id;
  else problems.push({ field: "(item)", message: `the item has no id (${definition.title})` });
  const etag = etagOf(item);
  if (etag !== undefined) record.etag = etag;

  for (const field of definition.fields) {
    const read = readField(field, item, options);
    if (read.kind === "problem") {
      problems.push({ field: field.property, message: read.message });
    } else if (read.kind === "empty") {
      if (field.required) problems.push({ field: field.property, message: `${field.displayName} is required but empty` });
    } else {
      const checked = checkValue(field, read.value, schema);
      if (checked.ok) record[field.property] = checked.value;
      else problems.push(...checked.messages.map((message) => ({ field: field.property, message })));
    }
  }
  // Rules across columns (an end before a start) run once every column is individually sound.
  if (problems.length === 0) problems.push(...crossFieldProblems(definition, record, schema));
  return { record: record as Partial<z.infer<S>>, problems, raw: item };
}

type Checked = { ok: true; value: unknown } | { ok: false; messages: string[] };

/** Validates one column's value against the record's own rule for that property (e.g. 1–5). */
function checkValue(field: FieldDefinition, value: unknown, schema: z.ZodObject): Checked {
  const shape: Record<string, z.ZodType | undefined> = schema.shape;
  const propertySchema = shape[field.property];
  // A definition out of step with its record is a defect the list-definition tests catch; still never throw.
  if (!propertySchema) return { ok: false, messages: [`${field.displayName} has no "${field.property}" in the record it is read into`] };
  const parsed = propertySchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, messages: parsed.error.issues.map((issue) => describeIssue(field.displayName, issue)) };
}

function crossFieldProblems(definition: ListDefinition, record: Record<string, unknown>, schema: z.ZodObject): ItemProblem[] {
  const parsed = schema.safeParse(record, { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const property = String(issue.path[0] ?? "(item)");
    const field = definition.fields.find((f) => f.property === property);
    return { field: property, message: describeIssue(field?.displayName ?? property, { ...issue, path: issue.path.slice(1) }) };
  });
}

/** Writes one value in the shape SharePoint's REST API (JSON light) accepts. */
function toItemValue(field: FieldDefinition, value: unknown, timeZone: string): unknown {
  if (value === undefined || value === null) return field.multiple || field.type === "MultiChoice" ? [] : null;
  switch (field.type) {
    case "User":
      return field.multiple ? (value as { id: number }[]).map((p) => p.id) : (value as { id: number }).id;
    case "Note":
      return field.json ? JSON.stringify(value) : value;
    case "DateTime":
      return field.dateOnly ? siteMidnightOf(String(value), timeZone) : value;
    case "URL":
      return { Url: value, Description: value };
    default:
      return value;
  }
}

/** The column a value is written to: people and lookups are written by id, as `{Name}Id`. */
const itemKey = (field: FieldDefinition): string =>
  field.type === "User" || field.type === "Lookup" ? `${field.internalName}Id` : field.internalName;

/**
 * The payload to POST (create) or MERGE (update) for a record. Only properties present in
 * `record` are written, so a partial record updates just those columns; a property present but
 * undefined clears its column. `id` and `etag` are not columns: the caller sends the ETag as IF-MATCH.
 */
export function recordToItem<T extends object>(definition: ListDefinition, record: Partial<T>, options: Pick<ReadOptions, "timeZone"> = {}): SharePointItem {
  const payload: SharePointItem = {};
  const values = record as Record<string, unknown>;
  for (const field of definition.fields) {
    if (!(field.property in values)) continue;
    payload[itemKey(field)] = toItemValue(field, values[field.property], options.timeZone ?? defaultSiteTimeZone);
  }
  return payload;
}

import type { FieldDefinition } from "./list-definition";
import { shown } from "./describe-issue";
import { defaultSiteTimeZone, siteDateOf } from "./site-dates";

/** A list item as SharePoint's REST API returns it (JSON light or verbose). */
export type SharePointItem = Record<string, unknown>;

export interface ReadOptions {
  /** SharePoint user ids of the site; a person column pointing elsewhere is reported. */
  knownUserIds?: ReadonlySet<number> | readonly number[];
  /** The site's time zone, for date-only columns. */
  timeZone?: string;
}

/** What one column held: nothing, a value in the record's terms, or a sentence saying what is wrong. */
export type FieldRead = { kind: "empty" } | { kind: "value"; value: unknown } | { kind: "problem"; message: string };

const empty: FieldRead = { kind: "empty" };
const value = (v: unknown): FieldRead => ({ kind: "value", value: v });
const problem = (message: string): FieldRead => ({ kind: "problem", message });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Multi-valued columns come as an array (JSON light) or `{ results: [...] }` (verbose OData). */
function asArray(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (isObject(raw) && Array.isArray(raw.results)) return raw.results;
  return undefined;
}

const isKnownUser = (id: number, known: ReadOptions["knownUserIds"]): boolean =>
  known === undefined || ("has" in known ? known.has(id) : known.includes(id));

/** A person from an expanded `{ Id, Title, EMail }` or a bare id. */
function readPerson(raw: unknown): { id: number; title?: string; email?: string } | undefined {
  if (typeof raw === "number") return { id: raw };
  if (isObject(raw) && typeof raw.Id === "number") {
    return {
      id: raw.Id,
      ...(typeof raw.Title === "string" ? { title: raw.Title } : {}),
      ...(typeof raw.EMail === "string" ? { email: raw.EMail } : {}),
    };
  }
  return undefined;
}

function readUser(field: FieldDefinition, item: SharePointItem, options: ReadOptions): FieldRead {
  const name = field.displayName;
  const expanded = item[field.internalName];
  // Expanded people carry names; a bare `{Name}Id` only the number. Prefer the richer form.
  const isExpanded = isObject(expanded) ? "Id" in expanded || Array.isArray(expanded.results) : Array.isArray(expanded);
  const source = isExpanded ? expanded : item[`${field.internalName}Id`];
  if (source === null || source === undefined) return empty;
  const many = asArray(source);
  const raws = field.multiple ? many : many ? undefined : [source];
  if (!raws) return problem(`${name} ${shown(source)} is not ${field.multiple ? "a list of people" : "one person"}`);
  if (raws.length === 0) return empty;
  const people = raws.map(readPerson);
  if (people.some((p) => p === undefined)) return problem(`${name} ${shown(source)} is not a person SharePoint knows`);
  const unknown = people.filter((p) => p !== undefined && !isKnownUser(p.id, options.knownUserIds));
  if (unknown.length) {
    return problem(`${name} points at ${unknown.map((p) => `person #${p?.id}`).join(", ")}, who is not a user of this site`);
  }
  return value(field.multiple ? people : people[0]);
}

function readLookup(field: FieldDefinition, item: SharePointItem): FieldRead {
  const expanded = item[field.internalName];
  const raw = isObject(expanded) && "Id" in expanded ? expanded.Id : item[`${field.internalName}Id`];
  if (raw === null || raw === undefined) return empty;
  return typeof raw === "number" ? value(raw) : problem(`${field.displayName} ${shown(raw)} is not an item of ${field.lookupList}`);
}

function readChoices(field: FieldDefinition, raw: unknown): FieldRead {
  const choices = field.choices ?? [];
  const values = field.type === "MultiChoice" ? asArray(raw) : [raw];
  if (!values) return problem(`${field.displayName} ${shown(raw)} is not a list of choices`);
  if (values.length === 0) return empty;
  const wrong = values.filter((v) => typeof v !== "string" || !choices.includes(v));
  if (wrong.length) {
    return problem(`${field.displayName} ${wrong.map(shown).join(", ")} ${wrong.length > 1 ? "are" : "is"} not one of the choices: ${choices.join(", ")}`);
  }
  return value(field.type === "MultiChoice" ? values : raw);
}

function readDate(field: FieldDefinition, raw: unknown, options: ReadOptions): FieldRead {
  if (typeof raw !== "string") return problem(`${field.displayName} ${shown(raw)} is not a date`);
  if (!field.dateOnly) return value(raw);
  const day = siteDateOf(raw, options.timeZone ?? defaultSiteTimeZone);
  return day ? value(day) : problem(`${field.displayName} ${shown(raw)} is not a date`);
}

function readJson(field: FieldDefinition, raw: unknown): FieldRead {
  if (typeof raw !== "string") return problem(`${field.displayName} ${shown(raw)} is not text`);
  try {
    return value(JSON.parse(raw));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return problem(`${field.displayName} is not valid JSON (${reason}); it was left as typed`);
  }
}

/** Reads one column of a raw item into the record's terms, never throwing. */
export function readField(field: FieldDefinition, item: SharePointItem, options: ReadOptions = {}): FieldRead {
  if (field.type === "User") return readUser(field, item, options);
  if (field.type === "Lookup") return readLookup(field, item);
  const raw = item[field.internalName];
  if (raw === null || raw === undefined || raw === "") return empty;
  const name = field.displayName;
  switch (field.type) {
    case "Text":
    case "Note":
      if (field.json) return readJson(field, raw);
      return typeof raw === "string" ? value(raw) : problem(`${name} ${shown(raw)} is not text`);
    case "Number":
    case "Currency":
      return typeof raw === "number" && Number.isFinite(raw) ? value(raw) : problem(`${name} ${shown(raw)} is not a number`);
    case "Boolean":
      return typeof raw === "boolean" ? value(raw) : problem(`${name} ${shown(raw)} is not yes or no`);
    case "DateTime":
      return readDate(field, raw, options);
    case "Choice":
    case "MultiChoice":
      return readChoices(field, raw);
    case "URL":
      if (isObject(raw)) return typeof raw.Url === "string" && raw.Url !== "" ? value(raw.Url) : empty;
      return typeof raw === "string" ? value(raw) : problem(`${name} ${shown(raw)} is not a link`);
  }
}

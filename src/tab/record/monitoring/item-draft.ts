import type { z } from "zod";

export type ItemInput = "text" | "textarea" | "number" | "money" | "date" | "choice" | "person" | "yes-no";

/** One field of a small record form (a risk, a quarter's figures, an appointment). */
export interface ItemField {
  property: string;
  label: string;
  input: ItemInput;
  hint?: string;
  required?: boolean;
  /** Said when a required field is left empty, where "Enter the …" would not read well. */
  requiredMessage?: string;
  options?: readonly { value: string; label: string }[];
  /** A choice whose values are item ids (a representative), read as numbers. */
  numeric?: boolean;
  /** For numbers: the range, said in the message when a value falls outside it. */
  min?: number;
  max?: number;
}

export type ItemDraft = Record<string, string>;

export interface ItemError {
  property: string;
  label: string;
  message: string;
}

export type ItemDraftResult = { ok: true; values: Record<string, unknown> } | { ok: false; errors: ItemError[] };

/** The people a person field can name, by their site user id. */
export type PeopleById = ReadonlyMap<number, { id: number; title: string; email?: string }>;

const name = (field: ItemField) => field.label.replace(/ \(.*\)$/, "").toLowerCase();

type Converted = { ok: true; value: unknown } | { ok: false; message: string };

function convert(field: ItemField, typed: string, people: PeopleById): Converted {
  const text = typed.trim();
  if (text === "") return field.required ? { ok: false, message: field.requiredMessage ?? (field.input === "choice" || field.input === "person" ? `Choose the ${name(field)}.` : `Enter the ${name(field)}.`) } : { ok: true, value: undefined };
  switch (field.input) {
    case "number": {
      const value = Number(text.replace(/,/g, ""));
      if (Number.isFinite(value)) return { ok: true, value };
      const range = field.min !== undefined && field.max !== undefined ? `a whole number from ${field.min} to ${field.max}` : "a number, like 42";
      return { ok: false, message: `Enter the ${name(field)} as ${range}.` };
    }
    case "money": {
      const value = Number(text.replace(/[£,\s]/g, ""));
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `Enter the ${name(field)} in pounds, like 12500 or £12,500.` };
    }
    case "yes-no":
      return { ok: true, value: text === "yes" };
    case "choice":
      return { ok: true, value: field.numeric ? Number(text) : text };
    case "person": {
      const person = people.get(Number(text));
      return person ? { ok: true, value: { id: person.id, title: person.title, ...(person.email ? { email: person.email } : {}) } } : { ok: false, message: `Choose the ${name(field)} from the list.` };
    }
    default:
      return { ok: true, value: text };
  }
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;

/** zod's issue in words an officer understands, at the field. */
function messageFor(field: ItemField, issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") return sentence(issue.message);
  if (field.input === "date") return `Enter the ${name(field)} as a date, like 1 April 2027.`;
  if ((issue.code === "too_small" || issue.code === "too_big") && field.min !== undefined && field.max !== undefined && issue.origin === "number") {
    return `The ${name(field)} must be a whole number from ${field.min} to ${field.max}.`;
  }
  if (issue.code === "invalid_type" && field.min !== undefined && field.max !== undefined) return `The ${name(field)} must be a whole number from ${field.min} to ${field.max}.`;
  if (issue.code === "too_small") return issue.origin === "string" ? `Enter the ${name(field)}.` : `The ${name(field)} cannot be negative.`;
  if (issue.code === "invalid_value") return `Choose one of the options for the ${name(field)}.`;
  if (/^[a-z]/.test(issue.message)) return sentence(issue.message);
  return `Check the ${name(field)}: ${issue.message}`;
}

/**
 * Turns what was typed into values, each field checked with the record's own zod schema and then
 * the record as a whole (a term that ends before it starts), every problem at its field at once.
 * `base` is the rest of the record as it will be saved, so object-level rules can run.
 */
export function readItemDraft(fields: readonly ItemField[], draft: ItemDraft, schema: z.ZodObject | z.ZodType, base: Record<string, unknown>, people: PeopleById = new Map()): ItemDraftResult {
  const objectSchema = ("shape" in schema ? schema : (schema as unknown as { in?: z.ZodObject }).in) as z.ZodObject | undefined;
  const shape = (objectSchema?.shape ?? {}) as Record<string, z.ZodType>;
  const errors: ItemError[] = [];
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const converted = convert(field, draft[field.property] ?? "", people);
    if (!converted.ok) {
      errors.push({ property: field.property, label: field.label, message: converted.message });
      continue;
    }
    const check = shape[field.property];
    const parsed = check ? check.safeParse(converted.value) : { success: true as const, data: converted.value };
    if (parsed.success) values[field.property] = parsed.data;
    else errors.push({ property: field.property, label: field.label, message: messageFor(field, parsed.error.issues[0]!) });
  }
  if (errors.length === 0) {
    const whole = schema.safeParse({ ...base, ...values });
    if (!whole.success) {
      for (const issue of whole.error.issues) {
        const field = fields.find((f) => f.property === issue.path[0]);
        if (field && !errors.some((e) => e.property === field.property)) errors.push({ property: field.property, label: field.label, message: messageFor(field, issue) });
      }
    }
  }
  return errors.length ? { ok: false, errors: fields.flatMap((f) => errors.filter((e) => e.property === f.property)) } : { ok: true, values };
}

/** What a record holds, as the strings a form shows. */
export function draftFrom(fields: readonly ItemField[], record: Record<string, unknown>): ItemDraft {
  return Object.fromEntries(
    fields.map((f) => {
      const value = record[f.property];
      if (value === undefined || value === null) return [f.property, ""];
      if (f.input === "yes-no") return [f.property, value ? "yes" : "no"];
      if (f.input === "person") return [f.property, typeof value === "object" && "id" in value ? String((value as { id: number }).id) : ""];
      return [f.property, String(value)];
    }),
  );
}

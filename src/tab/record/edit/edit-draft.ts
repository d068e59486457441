import type { z } from "zod";
import { arrangementSchema, type Arrangement } from "../../../domain/records/arrangement";
import { editFields, type EditField } from "./edit-fields";

/** What the person has typed, field by field, exactly as typed (so nothing they typed is lost). */
export type Draft = Record<string, string>;

export interface FieldError {
  property: string;
  label: string;
  message: string;
}

export type DraftResult = { ok: true; changes: Partial<Arrangement> } | { ok: false; errors: FieldError[] };

export function draftOf(record: Partial<Arrangement>): Draft {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(
    editFields.map((f) => {
      const value = values[f.property];
      if (value === undefined || value === null) return [f.property, ""];
      if (f.input === "yes-no") return [f.property, value ? "yes" : "no"];
      return [f.property, String(value)];
    }),
  );
}

type Converted = { ok: true; value: unknown } | { ok: false; message: string };

function convert(field: EditField, typed: string): Converted {
  const text = typed.trim();
  // An emptied optional field clears the column; an emptied name is caught by the schema below.
  if (text === "") return { ok: true, value: field.property === "name" ? "" : undefined };
  if (field.input === "yes-no") return { ok: true, value: text === "yes" };
  if (field.input === "money") {
    const amount = Number(text.replace(/[£,\s]/g, ""));
    if (!Number.isFinite(amount)) return { ok: false, message: `Enter the ${field.label.replace(/ \(.*\)$/, "").toLowerCase()} as an amount in pounds, like 65000 or £65,000.` };
    return { ok: true, value: amount };
  }
  return { ok: true, value: text };
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}`;

/** zod's issue in words an officer understands, at the field. The schema's own wording is already plain. */
function messageFor(field: EditField, issue: z.core.$ZodIssue): string {
  if (field.input === "url") return "Enter a web address starting https://, for example https://northbrook.example/terms.pdf";
  if (/^[a-z]/.test(issue.message)) return sentence(issue.message);
  const name = field.label.replace(/ \(.*\)$/, "").toLowerCase();
  if (issue.code === "too_small") return issue.origin === "string" ? `Enter the ${name}.` : `The ${name} cannot be negative.`;
  if (issue.code === "too_big") return `The ${name} is too long.`;
  if (issue.code === "invalid_value") return `Choose one of the options for the ${name}.`;
  return `Check the ${name}: ${issue.message}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Turns the typed draft into changes, checked field by field with the arrangement's own schema and
 * then across fields (an end before a start). Every problem is reported at once, at its field.
 */
export function readDraft(draft: Draft, record: Partial<Arrangement>): DraftResult {
  const shape = arrangementSchema.shape as Record<string, z.ZodType>;
  const errors: FieldError[] = [];
  const values: Record<string, unknown> = {};
  for (const field of editFields) {
    const converted = convert(field, draft[field.property] ?? "");
    if (!converted.ok) {
      errors.push({ property: field.property, label: field.label, message: converted.message });
      continue;
    }
    const parsed = shape[field.property]!.safeParse(converted.value);
    if (parsed.success) values[field.property] = parsed.data;
    else errors.push({ property: field.property, label: field.label, message: messageFor(field, parsed.error.issues[0]!) });
  }
  // Rules across fields run on the record as it would be saved; columns not edited here are
  // filled with placeholders only so the object-level rules get to run.
  const candidate = { kind: "placeholder", status: "active", ...record, ...values };
  const whole = arrangementSchema.safeParse(candidate);
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const field = editFields.find((f) => f.property === issue.path[0]);
      if (field && !errors.some((e) => e.property === field.property)) errors.push({ property: field.property, label: field.label, message: messageFor(field, issue) });
    }
  }
  if (errors.length) return { ok: false, errors: editFields.flatMap((f) => errors.filter((e) => e.property === f.property)) };
  const current = record as Record<string, unknown>;
  // An emptied field is in `values` as undefined, so clearing a column counts as a change.
  const changes = Object.fromEntries(Object.entries(values).filter(([k, v]) => !same(current[k], v)));
  return { ok: true, changes: changes as Partial<Arrangement> };
}

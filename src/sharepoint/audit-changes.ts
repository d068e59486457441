import type { ListDefinition } from "./lists/list-definition";

export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What an update really changes, property by property, before → after. A property sent with
 * the value it already had is left out, so the audit trail shows only real edits.
 */
export function changesBetween(definition: ListDefinition, before: Record<string, unknown>, changes: Record<string, unknown>): AuditChanges {
  const out: AuditChanges = {};
  for (const field of definition.fields) {
    if (!(field.property in changes)) continue;
    const after = changes[field.property];
    if (!same(before[field.property], after)) out[field.property] = { before: before[field.property], after };
  }
  return out;
}

/** Every column of a record as created (after only) or deleted (before only). */
export function wholeRecord(definition: ListDefinition, record: Record<string, unknown>, side: "before" | "after"): AuditChanges {
  const out: AuditChanges = {};
  for (const field of definition.fields) {
    if (record[field.property] !== undefined) out[field.property] = { [side]: record[field.property] };
  }
  return out;
}

/** Properties a caller may change: the definition's, plus item metadata that is never written. */
export function checkKnownProperties(definition: ListDefinition, changes: Record<string, unknown>): void {
  const known = new Set(["id", "etag", ...definition.fields.map((f) => f.property)]);
  const unknown = Object.keys(changes).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`${definition.title} has no column for ${unknown.join(", ")}`);
}

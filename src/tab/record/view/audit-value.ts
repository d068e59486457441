import { stateLabels, type LifecycleState } from "../../../domain/lifecycle/states";
import { ukDate, ukMoment, words } from "./format";

const isState = (value: string): value is LifecycleState => Object.hasOwn(stateLabels, value);

/** A before or after value of the audit trail in words: states and choices as words, dates as dates, people by name. */
export function auditValue(value: unknown, type?: string): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "string" && type === "Choice") return isState(value) ? stateLabels[value] : words(value);
  if (typeof value === "string" && type === "DateTime") return /T\d\d:/.test(value) ? ukMoment(value) : ukDate(value);
  if (typeof value === "number" && type === "Currency") return `£${value.toLocaleString("en-GB")}`;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length ? value.map((v) => auditValue(v)).join("; ") : "(none)";
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.title === "string") return o.title;
    if (typeof o.name === "string") return o.name;
    if (typeof o.id === "number" && Object.keys(o).length === 1) return `#${o.id}`;
    return Object.entries(o).map(([k, v]) => `${k}: ${auditValue(v)}`).join(", ");
  }
  return String(value);
}

const verbs = { create: "added", update: "changed", delete: "deleted" } as const;

/** "Laura Pennington changed the arrangement" — who did what to which record. */
export function auditHeadline(by: string, action: keyof typeof verbs | undefined, noun: string): string {
  const article = /^[aeiou]/i.test(noun) ? "an" : "a";
  return `${by} ${action ? verbs[action] : "changed"} ${noun === "arrangement" ? "the arrangement" : `${article} ${noun}`}`;
}

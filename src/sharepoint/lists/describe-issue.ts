import type { z } from "zod";

/** Shows a value the way a person typed it: text in quotes, everything else as JSON. */
export const shown = (value: unknown): string => (typeof value === "string" ? `'${value}'` : JSON.stringify(value));

/** "item 2 name" for a path inside a JSON note, so the Change Manager can find the bad part. */
const where = (path: readonly PropertyKey[]): string =>
  path.map((key) => (typeof key === "number" ? `item ${key + 1}` : String(key))).join(" ");

/**
 * Turns a zod issue about one column into a sentence that names the column as the Change Manager
 * sees it in the grid ("Likelihood (1–5) 7 is more than 5"), not zod's developer wording.
 */
export function describeIssue(displayName: string, issue: z.core.$ZodIssue): string {
  const subject = issue.path.length ? `${displayName} (${where(issue.path)})` : displayName;
  const value = issue.input;
  switch (issue.code) {
    case "invalid_value":
      return `${subject} ${shown(value)} is not one of the choices: ${issue.values.map(String).join(", ")}`;
    case "too_big":
      return issue.origin === "number"
        ? `${subject} ${shown(value)} is more than ${String(issue.maximum)}`
        : `${subject} is too long (at most ${String(issue.maximum)})`;
    case "too_small":
      if (issue.origin === "number") return `${subject} ${shown(value)} is less than ${String(issue.minimum)}`;
      return Number(issue.minimum) <= 1 ? `${subject} is empty` : `${subject} needs at least ${String(issue.minimum)}`;
    case "invalid_format":
      return `${subject} ${shown(value)} is not valid: ${issue.message}`;
    case "invalid_type":
      if (value === undefined) return `${subject} is missing`;
      return `${subject} ${shown(value)} should be ${issue.expected === "int" ? "a whole number" : issue.expected}`;
    case "unrecognized_keys":
      return `${subject} has unexpected ${issue.keys.length > 1 ? "entries" : "entry"}: ${issue.keys.join(", ")}`;
    case "custom":
      return `${subject}: ${issue.message}`;
    default:
      return `${subject} ${value === undefined ? "" : `${shown(value)} `}is not valid: ${issue.message}`;
  }
}

import type { z } from "zod";
import { problemAt, quote, type PackProblem, type PathSegment } from "./problem";

type Issue = z.core.$ZodIssue;

/**
 * Turns the schema's complaints into sentences a Change Manager editing a pack can act on,
 * each at the JSON path of the value that is wrong. Reads the offending value from the pack
 * itself, since the schema does not report inputs by default.
 */
export function schemaProblems(issues: readonly Issue[], json: unknown, base: readonly PathSegment[] = []): PackProblem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path.map(toSegment)];
    const value = valueAt(json, path);
    if (issue.code === "invalid_union") return unionProblems(issue, json, path, value);
    return [problemAt(path, describe(issue, value))];
  });
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? `is missing: expected ${article(issue.expected)}` : `expected ${article(issue.expected)}, but found ${quote(value)}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} the pack format does not know: ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling, or remove ${issue.keys.length === 1 ? "it" : "them"})`;
    case "invalid_value":
      return `${quote(value)} is not allowed here: use one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `${quote(value)} is not in the right form: ${issue.message}`;
    case "too_small":
      return issue.origin === "array"
        ? `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? "entry" : "entries"}`
        : `${quote(value)} is too small: ${issue.message}`;
    case "too_big":
      return `${quote(value)} is too big: ${issue.message}`;
    default:
      return `${quote(value)} is not valid: ${issue.message}`;
  }
}

/**
 * A union (a condition, or a fact test's value) fails every branch. Report the branch the author
 * evidently meant — the one with no missing or unexpected keys at its top — or else say what
 * forms are allowed.
 */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, json: unknown, path: PathSegment[], value: unknown): PackProblem[] {
  const meant = issue.errors.find((branch) => branch.every((i) => !isShapeMismatch(i, value)));
  if (meant) return schemaProblems(meant, json, path);
  // A union of plain value types (a fact test's value) fails each branch on type alone.
  const expected = issue.errors.map((branch) => branch.find((i) => i.code === "invalid_type" && i.path.length === 0));
  const types = expected.flatMap((i) => (i?.code === "invalid_type" ? [i.expected] : []));
  if (types.length === expected.length && types.some((t) => t !== "object")) {
    return [problemAt(path, `expected ${types.map(article).join(" or ")}, but found ${quote(value)}`)];
  }
  return [
    problemAt(
      path,
      `${quote(value)} is not a condition: write {"fact": "councilResource", "op": "gte", "value": 50000}, or combine conditions with {"all": [...]}, {"any": [...]} or {"not": {...}}`,
    ),
  ];
}

function isShapeMismatch(issue: Issue, value: unknown): boolean {
  if (issue.path.length === 0) return issue.code === "unrecognized_keys" || issue.code === "invalid_type" || issue.code === "invalid_union";
  return issue.path.length === 1 && issue.code === "invalid_type" && valueAt(value, issue.path.map(toSegment)) === undefined;
}

const toSegment = (key: PropertyKey): PathSegment => (typeof key === "number" ? key : String(key));

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function valueAt(json: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = json;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isPlainObject(current) && typeof segment === "string") current = current[segment];
    else return undefined;
  }
  return current;
}

function article(type: string): string {
  const words: Record<string, string> = { number: "a number", string: "text", boolean: "true or false", array: "a list", object: "an object" };
  return words[type] ?? type;
}

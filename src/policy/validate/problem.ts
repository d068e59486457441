/** One thing wrong with a pack, located by a JSON path such as `$.routes[2].stages[0].roles[1]`. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PathSegment = string | number;

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function jsonPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, s) => {
    if (typeof s === "number") return `${path}[${s}]`;
    return identifier.test(s) ? `${path}.${s}` : `${path}[${JSON.stringify(s)}]`;
  }, "$");
}

export const problemAt = (segments: readonly PathSegment[], message: string): PackProblem => ({
  path: jsonPath(segments),
  message,
});

/** Shows a value the way it was written in the pack, so the officer can find it. */
export const quote = (value: unknown): string => (value === undefined ? "nothing" : JSON.stringify(value));

/** "a, b and c" — or "none" — for listing what would have been valid. */
export function listOf(values: readonly string[]): string {
  if (values.length === 0) return "none";
  if (values.length === 1) return `"${values[0]}"`;
  const quoted = values.map((v) => `"${v}"`);
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

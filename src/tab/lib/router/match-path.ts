/** Parameters a pattern captured, e.g. `{ id: "12" }` for `/partnerships/:id`. */
export type RouteParams = Readonly<Record<string, string>>;

/**
 * Matches a pathname against a pattern of literal segments and `:name` parameters. A trailing
 * slash is ignored; parameters are URL-decoded; anything else must match exactly.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const want = segments(pattern);
  const got = segments(pathname);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] as string;
    if (part.startsWith(":")) {
      let value: string;
      try {
        value = decodeURIComponent(actual);
      } catch {
        // A malformed escape (`%E0%A4%A`) cannot name anything: the route does not match.
        return null;
      }
      params[part.slice(1)] = value;
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

const segments = (path: string): string[] => path.split("/").filter((s) => s !== "");

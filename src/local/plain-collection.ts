import { compileFilter, type ValueKind } from "./odata-filter-eval";
import { parseFilter } from "./odata-filter-parser";
import { spErrors } from "./sp-error";

/**
 * `$filter`/`$top` over a small collection of plain entities (lists, fields, site users), e.g.
 * `lists?$filter=Title eq 'X'` or `fields?$filter=Hidden eq false`. Column types come from the
 * entity's own values.
 */
export function filterPlain<T extends Record<string, unknown>>(rows: T[], filter: string | null, top: string | null): T[] {
  let out = rows;
  if (filter && filter.trim() !== "") {
    const tree = parseFilter(filter);
    const sample = rows[0];
    const predicate = compileFilter<T>(tree, (path) => {
      const name = path.join("/");
      const known = sample ? Object.keys(sample).find((k) => k.toLowerCase() === name.toLowerCase()) : name;
      if (known === undefined) throw spErrors.badQuery(`The property '${name}' does not exist.`);
      const v = sample?.[known];
      const kind: ValueKind = typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string";
      return { kind, read: (row) => row[known] };
    });
    out = out.filter(predicate);
  }
  if (top !== null) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 0) throw spErrors.badQuery(`Invalid $top value '${top}'.`);
    out = out.slice(0, n);
  }
  return out;
}

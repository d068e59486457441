import { parseBinderWithErrorCheck } from "@pnp/queryable";
import { SPCollection, type ISPQueryable, type SPFI } from "@pnp/sp";
import type { SharePointItem } from "./lists/map-item";

export interface Page {
  value: SharePointItem[];
  nextLink?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Reads a page and SharePoint's `odata.nextLink` (PnPjs's DefaultParse keeps only the rows). */
export function PageParse() {
  return parseBinderWithErrorCheck(async (response): Promise<Page> => {
    const json: unknown = await response.json();
    if (!isObject(json)) return { value: [] };
    const verbose = isObject(json.d) ? json.d : undefined;
    const rows = verbose ? verbose.results : json.value;
    const next = verbose ? verbose.__next : json["odata.nextLink"];
    return {
      value: Array.isArray(rows) ? rows.filter(isObject) : [],
      ...(typeof next === "string" && next.length > 0 ? { nextLink: next } : {}),
    };
  });
}

/**
 * Follows next links exactly as SharePoint gave them, until there are none or `limit` rows are in.
 * Follow-up pages go through `sp` (never a batch: a batch has already been sent by then).
 */
export async function followPages(sp: SPFI, first: Page, limit = Number.POSITIVE_INFINITY): Promise<SharePointItem[]> {
  const rows = [...first.value];
  let next = first.nextLink;
  while (next && rows.length < limit) {
    const page: Page = await SPCollection([sp.web as ISPQueryable, next]).using(PageParse())();
    rows.push(...page.value);
    next = page.nextLink;
  }
  return rows.slice(0, limit);
}

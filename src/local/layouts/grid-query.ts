import type { ListStore } from "../list-store";
import type { FieldDef, StoredItem } from "../model";
import type { CellReader } from "./field-display";

/**
 * Sorting and paging for the grid: `?sort=<InternalName>&dir=desc&page=2`, 100 rows a page as
 * SharePoint's list view does. Sorting is by what the person sees (names, titles), in memory —
 * a test double's lists are small enough, and it avoids the REST threshold rules on purpose.
 */
export const pageSize = 100;

export interface GridQuery {
  sort: FieldDef | undefined;
  dir: "asc" | "desc";
  page: number;
}

export interface GridPage {
  rows: StoredItem[];
  total: number;
  page: number;
  pages: number;
}

export function readGridQuery(params: URLSearchParams, columns: FieldDef[]): GridQuery {
  const sortName = params.get("sort");
  const sort = sortName ? columns.find((f) => f.InternalName === sortName) : undefined;
  const page = Number(params.get("page") ?? "1");
  return {
    sort,
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });

function compareKeys(a: number | string | null, b: number | string | null): number {
  // Empty values first when ascending, as SharePoint's views put them.
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

export function gridPage(list: ListStore, reader: CellReader, query: GridQuery): GridPage {
  let rows = list.all();
  const field = query.sort;
  if (field) {
    const keyed = rows.map((item) => ({ item, key: reader.cell(field, item).sortKey }));
    const sign = query.dir === "desc" ? -1 : 1;
    keyed.sort((x, y) => sign * compareKeys(x.key, y.key) || x.item.Id - y.item.Id);
    rows = keyed.map((k) => k.item);
  } else if (query.dir === "desc") {
    rows.reverse();
  }
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(query.page, pages);
  return { rows: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pages };
}

import type { ListStore } from "./list-store";
import type { FieldDef, StoredItem } from "./model";
import { compileFilter, type ColumnAccessor, type ValueKind } from "./odata-filter-eval";
import { filterFields, parseFilter } from "./odata-filter-parser";
import type { SiteStore } from "./site-store";
import { spErrors } from "./sp-error";

/**
 * `GET …/items` semantics: `$filter`, `$orderby`, `$top` (default 100, at most 5,000) and
 * `$skiptoken=Paged=TRUE&p_ID=<last id>` paging, plus SharePoint's list view threshold: on a list
 * of more than 5,000 items, filtering or sorting on a column that is not indexed fails with
 * SPQueryThrottledException (HTTP 500). Id is always indexed.
 */
export const LIST_VIEW_THRESHOLD = 5000;
const DEFAULT_TOP = 100;

export interface ItemQuery {
  filter?: string;
  orderby?: string;
  top?: string;
  skiptoken?: string;
}

export interface ItemPage {
  items: StoredItem[];
  /** The skiptoken for the next page, when there is one. */
  nextSkiptoken?: string;
}

const kindOfField: Record<FieldDef["kind"], ValueKind> = {
  Integer: "number",
  Counter: "number",
  Number: "number",
  Currency: "number",
  Text: "string",
  Note: "string",
  Choice: "string",
  MultiChoice: "string",
  URL: "string",
  DateTime: "datetime",
  Boolean: "boolean",
  User: "number",
  Lookup: "number",
};

interface Column {
  accessor: ColumnAccessor<StoredItem>;
  indexed: boolean;
}

/** Finds the column a `$filter`/`$orderby` path names, and whether it is indexed. */
export function resolveColumn(store: SiteStore, list: ListStore, path: string[]): Column {
  const [head, sub] = path as [string, string | undefined];
  const byName = (n: string): FieldDef | undefined => list.fields.find((f) => f.InternalName === n);
  if ((head === "Id" || head === "ID") && !sub) return { accessor: { kind: "number", read: (i) => i.Id }, indexed: true };
  const refFromId = head.endsWith("Id") ? byName(head.slice(0, -2)) : undefined;
  const ref = refFromId && (refFromId.kind === "User" || refFromId.kind === "Lookup") && !sub ? refFromId : undefined;
  const field = ref ?? byName(head);
  if (!field) throw spErrors.unknownColumn(path.join("/"));
  const isRef = field.kind === "User" || field.kind === "Lookup";
  const ids = (i: StoredItem): unknown =>
    field.InternalName === "Author" ? i.AuthorId : field.InternalName === "Editor" ? i.EditorId : i.values[`${field.InternalName}Id`] ?? null;
  if (ref || (isRef && sub?.toLowerCase() === "id")) return { accessor: { kind: "number", read: ids }, indexed: field.Indexed };
  if (isRef) {
    if (!sub) throw spErrors.badQuery(`Filter on the person or lookup column '${head}' needs '${head}Id' or '${head}/<field>'.`);
    const subKey = sub.toLowerCase();
    const readOne = (id: unknown): unknown => {
      if (typeof id !== "number") return null;
      if (field.kind === "User") {
        const u = store.userById(id);
        if (!u) return null;
        const m: Record<string, unknown> = { title: u.Title, email: u.Email, name: u.LoginName, username: u.UserPrincipalName };
        return m[subKey] ?? null;
      }
      const target = store.listById(field.LookupList ?? "");
      const row = target?.get(id);
      if (!row) return null;
      return Object.entries(row.values).find(([k]) => k.toLowerCase() === subKey)?.[1] ?? null;
    };
    return {
      accessor: {
        kind: "string",
        read: (i) => {
          const v = ids(i);
          return Array.isArray(v) ? v.map(readOne) : readOne(v);
        },
      },
      indexed: field.Indexed,
    };
  }
  if (sub) throw spErrors.unknownColumn(path.join("/"));
  const kind = kindOfField[field.kind];
  const read = (i: StoredItem): unknown => {
    switch (field.InternalName) {
      case "Created":
        return i.Created;
      case "Modified":
        return i.Modified;
      default: {
        const v = i.values[field.InternalName];
        return field.kind === "URL" && v && typeof v === "object" ? (v as { Url: string }).Url : v;
      }
    }
  };
  return { accessor: { kind, read }, indexed: field.Indexed };
}

export function queryItems(store: SiteStore, list: ListStore, q: ItemQuery): ItemPage {
  const overThreshold = list.itemCount > LIST_VIEW_THRESHOLD;
  const guard = (col: Column): Column => {
    if (overThreshold && !col.indexed) throw spErrors.throttled();
    return col;
  };
  let predicate: (i: StoredItem) => boolean = () => true;
  if (q.filter !== undefined && q.filter.trim() !== "") {
    const tree = parseFilter(q.filter);
    for (const path of filterFields(tree)) guard(resolveColumn(store, list, path));
    predicate = compileFilter(tree, (path) => resolveColumn(store, list, path).accessor);
  }
  const top = parseTop(q.top);
  const order = parseOrderBy(q.orderby).map((o) => ({ ...o, col: guard(resolveColumn(store, list, o.path)) }));
  const after = parseSkiptoken(q.skiptoken);

  const idOnly = order.length === 0 || (order.length === 1 && (order[0]?.path[0] === "Id" || order[0]?.path[0] === "ID"));
  if (idOnly) {
    // The common case walks the id index from the skiptoken: no sort, no full scan per page.
    const desc = order[0]?.desc === true;
    const out: StoredItem[] = [];
    let more = false;
    for (const item of list.inIdOrder(after, desc)) {
      if (!predicate(item)) continue;
      if (out.length === top) {
        more = true;
        break;
      }
      out.push(item);
    }
    const last = out[out.length - 1];
    return more && last ? { items: out, nextSkiptoken: `Paged=TRUE&p_ID=${last.Id}` } : { items: out };
  }
  const key = (i: StoredItem): unknown[] => order.map((o) => sortable(o.col.accessor.read(i)));
  const rows = list.all().filter(predicate);
  const keyed = rows.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < order.length; k++) {
      const c = compareSortable(a.key[k], b.key[k]);
      if (c !== 0) return order[k]?.desc ? -c : c;
    }
    return a.item.Id - b.item.Id;
  });
  // With a custom order the page boundary is the position of the last item seen (p_ID).
  let start = 0;
  if (after > 0) {
    const at = keyed.findIndex((r) => r.item.Id === after);
    start = at >= 0 ? at + 1 : keyed.length;
  }
  const page = keyed.slice(start, start + top).map((r) => r.item);
  const last = page[page.length - 1];
  return start + top < keyed.length && last ? { items: page, nextSkiptoken: `Paged=TRUE&p_ID=${last.Id}` } : { items: page };
}

function parseTop(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TOP;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw spErrors.badQuery(`Invalid $top value '${raw}'.`);
  return Math.min(n, LIST_VIEW_THRESHOLD);
}

function parseOrderBy(raw: string | undefined): { path: string[]; desc: boolean }[] {
  if (!raw || raw.trim() === "") return [];
  return raw.split(",").map((part) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)?)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw spErrors.badQuery(`The $orderby expression '${raw}' is not valid.`);
    return { path: (m[1] as string).split("/"), desc: (m[2] ?? "asc").toLowerCase() === "desc" };
  });
}

function parseSkiptoken(raw: string | undefined): number {
  if (!raw) return 0;
  const params = new URLSearchParams(raw);
  const id = params.get("p_ID");
  if (id === null) return 0;
  const n = Number(id);
  if (!Number.isInteger(n)) throw spErrors.badQuery(`Invalid $skiptoken '${raw}'.`);
  return n;
}

function sortable(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? sortable(v[0]) : null;
  if (typeof v === "string") return v.toLowerCase();
  return v ?? null;
}

/** Nulls first, like SharePoint's ascending sort. */
function compareSortable(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

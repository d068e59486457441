import { columnValue } from "../item-json";
import type { ListStore } from "../list-store";
import type { FieldDef, StoredItem } from "../model";
import type { SiteStore } from "../site-store";
import { isDateOnly } from "./columns";
import { safeExternalHref } from "./html";
import { formatSiteDate } from "./site-time";

/**
 * How a stored value reads in the grid (and sorts): people by display name, lookups by the
 * looked-up item's Title, long notes (JSON included) cut short — the editor shows the full text.
 */
export interface Cell {
  text: string;
  /** A URL column's target, only when it is safe to link to. */
  href?: string;
  /** What the column sorts by: numbers and instants compare as such, the rest as text. */
  sortKey: number | string | null;
}

/** Long enough to recognise the text, short enough that rows stay one line, as in SharePoint. */
const noteLimit = 48;
const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10 });

const truncate = (text: string, limit: number): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
};

export class CellReader {
  private readonly lookups = new Map<string, ListStore | undefined>();

  constructor(private readonly store: SiteStore) {}

  userName(id: unknown): string {
    if (typeof id !== "number") return "";
    return this.store.userById(id)?.Title ?? `(unknown person #${id})`;
  }

  lookupTitle(field: FieldDef, id: unknown): string {
    if (typeof id !== "number") return "";
    const listId = field.LookupList ?? "";
    if (!this.lookups.has(listId)) this.lookups.set(listId, this.store.listById(listId));
    const row = this.lookups.get(listId)?.get(id);
    if (!row) return `(missing item #${id})`;
    const title = row.values.Title;
    return typeof title === "string" && title !== "" ? title : `(item #${id})`;
  }

  cell(field: FieldDef, item: StoredItem): Cell {
    const v = columnValue(item, field);
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return { text: "", sortKey: null };
    const many = (read: (x: unknown) => string): Cell => {
      const text = (Array.isArray(v) ? v : [v]).map(read).join("; ");
      return { text, sortKey: text.toLowerCase() };
    };
    switch (field.kind) {
      case "User":
        return many((x) => this.userName(x));
      case "Lookup":
        return many((x) => this.lookupTitle(field, x));
      case "Number":
      case "Integer":
      case "Counter":
      case "Currency":
        if (typeof v !== "number") return { text: String(v), sortKey: String(v) };
        return { text: field.kind === "Currency" ? money.format(v) : number.format(v), sortKey: v };
      case "DateTime":
        return { text: typeof v === "string" ? formatSiteDate(v, isDateOnly(field)) : String(v), sortKey: String(v) };
      case "Boolean":
        return { text: v === true ? "Yes" : "No", sortKey: v === true ? 1 : 0 };
      case "MultiChoice":
        return many((x) => String(x));
      case "URL": {
        const url = v as { Url?: unknown; Description?: unknown };
        const target = typeof url.Url === "string" ? url.Url : "";
        const label = typeof url.Description === "string" && url.Description !== "" ? url.Description : target;
        return { text: truncate(label, noteLimit), href: safeExternalHref(target), sortKey: label.toLowerCase() };
      }
      default: {
        const text = typeof v === "string" ? v : JSON.stringify(v);
        return { text: truncate(text, field.kind === "Note" ? noteLimit : 120), sortKey: text.toLowerCase() };
      }
    }
  }
}

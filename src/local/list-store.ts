import type { FieldDef, ListMeta, StoredItem } from "./model";

/**
 * One list in memory: its fields and its items, kept in a Map by id plus an ascending id array so
 * paging from `p_ID` is a binary search rather than a scan (12,000+ items stay fast).
 */
export class ListStore {
  readonly fields: FieldDef[];
  private readonly items = new Map<number, StoredItem>();
  private ids: number[] = [];

  constructor(
    public meta: ListMeta,
    fields: FieldDef[],
  ) {
    this.fields = [...fields];
  }

  get itemCount(): number {
    return this.items.size;
  }

  field(name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return (
      this.fields.find((f) => f.InternalName === name) ??
      this.fields.find((f) => f.InternalName.toLowerCase() === lower) ??
      this.fields.find((f) => f.Title.toLowerCase() === lower)
    );
  }

  putField(field: FieldDef): void {
    const at = this.fields.findIndex((f) => f.InternalName === field.InternalName);
    if (at >= 0) this.fields[at] = field;
    else this.fields.push(field);
  }

  /** Drops the column; values stay in stored items but are no longer projected or writable. */
  removeField(internalName: string): void {
    const at = this.fields.findIndex((f) => f.InternalName === internalName);
    if (at >= 0) this.fields.splice(at, 1);
  }

  get(id: number): StoredItem | undefined {
    return this.items.get(id);
  }

  put(item: StoredItem): void {
    if (!this.items.has(item.Id)) {
      const last = this.ids[this.ids.length - 1];
      if (last === undefined || item.Id > last) this.ids.push(item.Id);
      else this.ids.splice(lowerBound(this.ids, item.Id), 0, item.Id);
    }
    this.items.set(item.Id, item);
    if (item.Id >= this.meta.nextItemId) this.meta = { ...this.meta, nextItemId: item.Id + 1 };
  }

  delete(id: number): void {
    if (!this.items.delete(id)) return;
    const at = lowerBound(this.ids, id);
    if (this.ids[at] === id) this.ids.splice(at, 1);
  }

  /** Items in ascending id order, starting after `afterId` (the `p_ID` of a skiptoken). */
  *inIdOrder(afterId = 0, descending = false): Generator<StoredItem> {
    if (descending) {
      const start = afterId > 0 ? lowerBound(this.ids, afterId) - 1 : this.ids.length - 1;
      for (let i = start; i >= 0; i--) {
        const item = this.items.get(this.ids[i] as number);
        if (item) yield item;
      }
      return;
    }
    for (let i = upperBound(this.ids, afterId); i < this.ids.length; i++) {
      const item = this.items.get(this.ids[i] as number);
      if (item) yield item;
    }
  }

  all(): StoredItem[] {
    return [...this.inIdOrder()];
  }
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

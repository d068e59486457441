import type { SPFI } from "@pnp/sp";
import type { z } from "zod";
import { toSharePointError } from "./errors/to-sharepoint-error";
import { selectionFor } from "./item-select";
import type { ListDefinition } from "./lists/list-definition";
import type { SharePointItem } from "./lists/map-item";
import type { ODataFilter } from "./odata";
import { followPages, PageParse, type Page } from "./read-pages";
import { rowReader, type ListRow } from "./read-row";
import { recordNoun } from "./record-noun";

export interface ListQuery {
  /** Internal names of the columns the screen shows; all the definition's columns when left out. */
  select?: readonly string[];
  /** Built with odata.ts, so typed text is always escaped. */
  filter?: ODataFilter;
  orderBy?: readonly { field: string; ascending?: boolean }[];
  /** Rows per page (SharePoint allows up to 5,000); every page is still read. */
  top?: number;
  /** Extra `$expand`s for `Lookup/OtherColumn` selections. */
  expand?: readonly string[];
  /** Stop after this many rows. */
  limit?: number;
}

const defaultPageSize = 2000;

/**
 * Reads one list into records. `sp` sends the first request (it may be a batch); `pagingSp`
 * follows next links afterwards, since a batch is gone by the time the second page is wanted.
 */
export class ListReader<T> {
  constructor(
    protected readonly sp: SPFI,
    readonly definition: ListDefinition,
    protected readonly schema: z.ZodObject,
    protected readonly pagingSp: SPFI = sp,
  ) {}

  /** The same reader, sending its first request through `batched` (see readTogether). */
  within(batched: SPFI): ListReader<T> {
    return new ListReader<T>(batched, this.definition, this.schema, this.pagingSp);
  }

  protected get items() {
    return this.sp.web.lists.getByTitle(this.definition.title).items;
  }

  protected get errorContext() {
    return { listTitle: this.definition.title, noun: recordNoun(this.definition) };
  }

  async getById(id: number, select?: readonly string[]): Promise<ListRow<T>> {
    const selection = selectionFor(this.definition, select);
    // The request starts before the first await, so inside a batch it is registered in time.
    const request = this.items.getById(id).select(...selection.select).expand(...selection.expand)<SharePointItem>();
    try {
      return rowReader<T>(this.definition, this.schema, selection)(await request);
    } catch (error) {
      throw await toSharePointError(error, this.errorContext);
    }
  }

  async query(query: ListQuery = {}): Promise<ListRow<T>[]> {
    const selection = selectionFor(this.definition, query.select, query.expand);
    let items = this.items.select(...selection.select).top(Math.min(query.top ?? defaultPageSize, query.limit ?? Infinity));
    if (selection.expand.length) items = items.expand(...selection.expand);
    if (query.filter) items = items.filter(query.filter.text);
    for (const { field, ascending } of query.orderBy ?? []) items = items.orderBy(field, ascending ?? true);
    const request: Promise<Page> = items.using(PageParse())();
    try {
      const rows = await followPages(this.pagingSp, await request, query.limit);
      return rows.map(rowReader<T>(this.definition, this.schema, selection));
    } catch (error) {
      throw await toSharePointError(error, this.errorContext);
    }
  }
}

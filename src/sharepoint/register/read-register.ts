import { SPCollection, type ISPQueryable, type SPFI } from "@pnp/sp";
import type { Arrangement } from "../../domain/records/arrangement";
import { toSharePointError } from "../errors/to-sharepoint-error";
import { selectionFor } from "../item-select";
import { getListDefinition } from "../lists/load-list-definitions";
import { recordSchemas } from "../lists/record-schemas";
import { readTogether } from "../read-together";
import { PageParse, type Page } from "../read-pages";
import { rowReader, type ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import { toRegisterRow, type RegisterRow, type NamedItem } from "./register-row";

/**
 * Only the columns the register grid shows, filters on or searches (DESIGN.md "Data": select
 * only what is shown). Purpose and Partners are long notes, but search must look inside them.
 */
export const registerColumns = [
  "Title",
  "Kind",
  "Subtype",
  "Category",
  "Status",
  "Directorate",
  "Portfolio",
  "LeadOfficer",
  "SponsoringOfficer",
  "NextReviewDue",
  "GovernanceRating",
  "CouncilContribution",
  "Partners",
  "Purpose",
] as const;

/**
 * The first page is small, so the first rows are on screen after one round trip and a few
 * milliseconds of reading; the rest arrive in pages of 2,000 (SharePoint allows up to 5,000).
 */
export const registerFirstPageSize = 100;
export const registerPageSize = 2000;

export interface RegisterData {
  rows: RegisterRow[];
  /** Every directorate and portfolio, so a filter can offer one no arrangement uses yet. */
  directorates: NamedItem[];
  portfolios: NamedItem[];
  /** False while later pages of a big register are still arriving. */
  complete: boolean;
}

export interface ReadRegisterOptions {
  /** Called after the first page and after each later one, so the screen can show rows at once. */
  onProgress?: (data: RegisterData) => void;
  firstPageSize?: number;
  pageSize?: number;
}

const named = (rows: ListRow<{ name: string }>[]): NamedItem[] =>
  rows.filter((r) => r.record.name).map((r) => ({ id: r.id, title: r.record.name as string }));

/**
 * The register screen's data in ONE `$batch` round trip: the first page of arrangements with
 * the directorates and portfolios the filters offer. A register bigger than a page follows
 * SharePoint's next links afterwards, one request per page, reporting each page as it lands.
 */
export async function readRegister(sp: SPFI, options: ReadRegisterOptions = {}): Promise<RegisterData> {
  const definition = getListDefinition("Partnerships");
  const selection = selectionFor(definition, registerColumns);
  const toRow = rowReader<Arrangement>(definition, recordSchemas.Partnerships.schema, selection);

  const [first, directorateRows, portfolioRows] = await readTogether(sp, [
    (batched) => {
      const items = batched.web.lists
        .getByTitle(definition.title)
        .items.select(...selection.select)
        .expand(...selection.expand)
        .orderBy("Title", true)
        .top(options.firstPageSize ?? registerFirstPageSize);
      return items.using(PageParse())<Page>();
    },
    (batched) => repositoryFor(sp, "Directorates").within(batched).query({ select: ["Title"], orderBy: [{ field: "Title" }] }),
    (batched) => repositoryFor(sp, "Portfolios").within(batched).query({ select: ["Title"], orderBy: [{ field: "Title" }] }),
  ] as const);

  const directorates = named(directorateRows);
  const portfolios = named(portfolioRows);
  const convert = (page: Page) => page.value.map((item) => toRegisterRow(toRow(item), directorates, portfolios));
  const data: RegisterData = { rows: convert(first), directorates, portfolios, complete: !first.nextLink };
  options.onProgress?.({ ...data });

  let next = first.nextLink && withPageSize(first.nextLink, options.pageSize ?? registerPageSize);
  while (next) {
    const page = await nextPage(sp, next);
    data.rows = [...data.rows, ...convert(page)];
    next = page.nextLink;
    data.complete = !next;
    options.onProgress?.({ ...data });
  }
  return data;
}

/**
 * SharePoint's next link repeats the first request's `$top`; asking for bigger pages from then on
 * is the same query continued from the same `$skiptoken`, just in fewer round trips.
 */
function withPageSize(nextLink: string, size: number): string {
  const url = new URL(nextLink);
  url.searchParams.set("$top", String(size));
  return url.toString();
}

/** One later page, exactly as SharePoint's next link names it (never inside the batch: it has gone). */
async function nextPage(sp: SPFI, nextLink: string): Promise<Page> {
  try {
    return await SPCollection([sp.web as ISPQueryable, nextLink]).using(PageParse())<Page>();
  } catch (error) {
    throw await toSharePointError(error, { listTitle: "Partnerships", noun: "arrangement" });
  }
}

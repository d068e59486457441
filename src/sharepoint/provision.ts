import type { SPFI } from "@pnp/sp";
import { NotFoundError } from "./errors/not-found-error";
import { toSharePointError } from "./errors/to-sharepoint-error";
import type { ListDefinition } from "./lists/list-definition";
import { orderByLookups } from "./provision/order-by-lookups";
import { provisionFields, type ProvisionChange } from "./provision/provision-list";

export type { ProvisionChange } from "./provision/provision-list";

export interface ProvisionReport {
  /** Every list and column created or changed, in the order done. */
  changes: ProvisionChange[];
  /** Differences left for a person to resolve (a column's type, a lookup's target). */
  problems: string[];
  /** True when nothing needed changing. */
  upToDate: boolean;
}

interface ExistingList {
  Id: string;
  Title: string;
  Description?: string;
}

/** Generic list (SharePoint's "Custom List" template). */
const genericList = 100;

/**
 * Creates or updates the site's lists and columns from `sharepoint-lists/*.json` through
 * documented PnPjs calls only, so the same code provisions a SharePoint Online site and the
 * local stand-in. Idempotent: a second run finds nothing to change and says "up to date".
 */
export async function provisionSite(sp: SPFI, definitions: readonly ListDefinition[], siteUrl = "this address"): Promise<ProvisionReport> {
  try {
    await sp.web.select("Title")();
  } catch (error) {
    const typed = await toSharePointError(error);
    if (NotFoundError.is(typed)) throw NotFoundError.missing(`There is no SharePoint site at ${siteUrl}. Check the address.`, typed.spCode, typed.spMessage, error);
    throw typed;
  }
  try {
    return await provisionLists(sp, definitions);
  } catch (error) {
    throw await toSharePointError(error);
  }
}

async function provisionLists(sp: SPFI, definitions: readonly ListDefinition[]): Promise<ProvisionReport> {
  const existing = await sp.web.lists.select("Id", "Title", "Description")<ExistingList[]>();
  const byTitle = new Map(existing.map((l) => [l.Title, l]));
  const listIds = new Map(existing.map((l) => [l.Title, l.Id]));
  const changes: ProvisionChange[] = [];
  const problems: string[] = [];
  for (const definition of orderByLookups(definitions, new Set(byTitle.keys()))) {
    const found = byTitle.get(definition.title);
    if (!found) {
      const created = await sp.web.lists.add(definition.title, definition.description, genericList, false);
      listIds.set(definition.title, created.Id);
      changes.push({ list: definition.title, change: "created the list" });
    } else if ((found.Description ?? "") !== definition.description) {
      await sp.web.lists.getByTitle(definition.title).update({ Description: definition.description });
      changes.push({ list: definition.title, change: "changed the list's description" });
    }
    const outcome = await provisionFields(sp.web.lists.getByTitle(definition.title), definition, listIds);
    changes.push(...outcome.changes);
    problems.push(...outcome.problems);
  }
  return { changes, problems, upToDate: changes.length === 0 && problems.length === 0 };
}

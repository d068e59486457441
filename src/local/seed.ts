import type { ListDefinition } from "../sharepoint/lists/list-definition";
import type { ListStore } from "./list-store";
import type { SiteStore } from "./site-store";
import { addField, createItem, createList, updateField } from "./site-mutations";
import type { NewField } from "./field-factory";
import { SpError } from "./sp-error";

/**
 * Direct store access for tests and demo data: create a list from a `sharepoint-lists/*.json`
 * definition and add many items in one log append + one fsync. Same validation as REST.
 */
export function createListFromDefinition(store: SiteStore, def: ListDefinition): ListStore {
  const list = createList(store, def.title, { Description: def.description, BaseTemplate: 100 });
  for (const f of def.fields) {
    if (f.internalName === "Title") {
      const title = list.field("Title");
      if (title) updateField(store, list, title, { Title: f.displayName, Required: f.required, Indexed: f.indexed });
      continue;
    }
    const input: NewField = {
      Title: f.displayName,
      InternalName: f.internalName,
      kind: f.type,
      Required: f.required,
      Indexed: f.indexed,
      Description: f.description,
      Choices: f.choices,
      LookupList: f.lookupList,
      AllowMultipleValues: f.multiple,
      DisplayFormat: f.type === "DateTime" ? (f.dateOnly ? 0 : 1) : undefined,
    };
    addField(store, list, input);
  }
  store.durable();
  return list;
}

/** Adds items as `actorId` (default: the lowest site user id). Throws SharePoint's error on a bad row. */
export function seedItems(store: SiteStore, listTitle: string, rows: Record<string, unknown>[], actorId?: number): number[] {
  const list = store.listByTitle(listTitle);
  if (!list) throw new SpError(404, "-2130575322, System.ArgumentException", `List '${listTitle}' does not exist.`);
  const actor = actorId !== undefined ? store.userById(actorId) : [...store.users.values()].sort((a, b) => a.Id - b.Id)[0];
  if (!actor) throw new Error("seedItems needs a site user to act as");
  const ids = rows.map((row) => createItem(store, list, row, actor).Id);
  store.durable();
  return ids;
}

import { randomUUID } from "node:crypto";
import { builtInFields, makeField, type NewField } from "./field-factory";
import { validateItemWrite } from "./item-validation";
import type { ListStore } from "./list-store";
import { etagOf, type FieldDef, type ListMeta, type SiteUser, type StoredItem } from "./model";
import type { SiteStore } from "./site-store";
import { SpError, spErrors } from "./sp-error";

/**
 * Every write the stand-in can make, validated and then committed as a log record. Routes and
 * the test seeding helpers both come through here, so seeded data obeys the same rules.
 * None of these fsync: the caller makes the batch durable (`store.durable()`) before replying.
 */
const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

export function createList(store: SiteStore, title: string, props: Record<string, unknown>): ListStore {
  if (store.listByTitle(title)) throw spErrors.listExists();
  const { Description, BaseTemplate, Hidden, ...extra } = props;
  delete extra.__metadata;
  delete extra.Title;
  const meta: ListMeta = {
    Id: randomUUID(),
    Title: title,
    Description: typeof Description === "string" ? Description : "",
    BaseTemplate: typeof BaseTemplate === "number" ? BaseTemplate : 100,
    Hidden: Hidden === true,
    Created: now(),
    nextItemId: 1,
    extra,
  };
  store.commit({ t: "list.put", list: meta, fields: builtInFields() });
  return store.listById(meta.Id) as ListStore;
}

export function updateList(store: SiteStore, list: ListStore, props: Record<string, unknown>): void {
  const { Title, Description, Hidden, BaseTemplate: _ignored, __metadata: _md, ...extra } = props;
  if (typeof Title === "string" && Title.toLowerCase() !== list.meta.Title.toLowerCase() && store.listByTitle(Title)) {
    throw spErrors.listExists();
  }
  const meta: ListMeta = {
    ...list.meta,
    Title: typeof Title === "string" ? Title : list.meta.Title,
    Description: typeof Description === "string" ? Description : list.meta.Description,
    Hidden: typeof Hidden === "boolean" ? Hidden : list.meta.Hidden,
    extra: { ...list.meta.extra, ...extra },
  };
  store.commit({ t: "list.put", list: meta, fields: [] });
}

export function addField(store: SiteStore, list: ListStore, input: NewField): FieldDef {
  const field = makeField(input);
  if (list.fields.some((f) => f.InternalName.toLowerCase() === field.InternalName.toLowerCase())) {
    throw spErrors.fieldExists(field.InternalName);
  }
  if (field.kind === "Lookup") {
    // SharePoint accepts a list id; definitions name the list by title, so accept both.
    const target = store.listById(field.LookupList ?? "") ?? store.listByTitle(input.LookupList ?? "");
    if (!target) throw new SpError(400, "-2147024809, System.ArgumentException", `The lookup list '${input.LookupList ?? ""}' does not exist.`);
    field.LookupList = target.meta.Id;
  }
  store.commit({ t: "field.put", listId: list.meta.Id, field });
  return field;
}

const updatableFieldProps = ["Title", "Description", "Required", "Indexed", "Hidden", "EnforceUniqueValues", "FillInChoice", "MaxLength", "DisplayFormat", "Choices"] as const;

export function updateField(store: SiteStore, list: ListStore, field: FieldDef, props: Record<string, unknown>): FieldDef {
  const next: FieldDef = { ...field };
  for (const [key, value] of Object.entries(props)) {
    if (key === "__metadata") continue;
    if (!(updatableFieldProps as readonly string[]).includes(key)) {
      throw spErrors.unknownProperty(key, `SP.Field`);
    }
    if (key === "Choices") {
      const arr = Array.isArray(value) ? value : (value as { results?: unknown } | null)?.results;
      if (!Array.isArray(arr) || arr.some((c) => typeof c !== "string")) throw spErrors.badBody("Choices must be an array of strings.");
      next.Choices = arr as string[];
    } else {
      (next as unknown as Record<string, unknown>)[key] = value;
    }
  }
  if (next.EnforceUniqueValues && !next.Indexed) {
    throw new SpError(400, "-2146232832, Microsoft.SharePoint.SPException", "The field must be indexed to enforce unique values.");
  }
  store.commit({ t: "field.put", listId: list.meta.Id, field: next });
  return next;
}

export function createItem(store: SiteStore, list: ListStore, body: Record<string, unknown>, actor: SiteUser): StoredItem {
  const values = validateItemWrite(store, list, body, undefined);
  const stamp = now();
  const item: StoredItem = {
    Id: list.meta.nextItemId,
    guid: randomUUID(),
    version: 1,
    Created: stamp,
    Modified: stamp,
    AuthorId: actor.Id,
    EditorId: actor.Id,
    values,
  };
  store.commit({ t: "item.put", listId: list.meta.Id, item });
  return item;
}

export function updateItem(
  store: SiteStore,
  list: ListStore,
  existing: StoredItem,
  body: Record<string, unknown>,
  actor: SiteUser,
  ifMatch: (etag: string) => boolean,
): StoredItem {
  if (!ifMatch(etagOf(existing))) throw spErrors.etagMismatch();
  const patch = validateItemWrite(store, list, body, existing);
  const item: StoredItem = {
    ...existing,
    version: existing.version + 1,
    Modified: now(),
    EditorId: actor.Id,
    values: { ...existing.values, ...patch },
  };
  store.commit({ t: "item.put", listId: list.meta.Id, item });
  return item;
}

export function deleteItem(store: SiteStore, list: ListStore, existing: StoredItem, ifMatch: (etag: string) => boolean): void {
  if (!ifMatch(etagOf(existing))) throw spErrors.etagMismatch();
  store.commit({ t: "item.delete", listId: list.meta.Id, id: existing.Id });
}

export function ensureUser(store: SiteStore, user: Omit<SiteUser, "Id">): SiteUser {
  const existing = store.findUser(user.LoginName) ?? store.findUser(user.Email);
  if (existing) return existing;
  const created: SiteUser = { ...user, Id: store.nextUserId() };
  store.commit({ t: "user.put", user: created });
  return created;
}


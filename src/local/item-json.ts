import type { ListStore } from "./list-store";
import { etagOf, itemTypeName, type FieldDef, type SiteUser, type StoredItem } from "./model";
import type { Entry } from "./odata-format";
import type { SiteStore } from "./site-store";
import { spErrors } from "./sp-error";

/**
 * Item → JSON the way SharePoint projects it: person and lookup columns appear as `{Name}Id`
 * unless `$expand`ed and selected as `Name/Sub`; `$select` limits the columns; selecting a person
 * or lookup sub-field without `$expand` is refused like SharePoint does.
 */
export type Projection = (item: StoredItem) => Record<string, unknown>;

const isRef = (f: FieldDef): boolean => f.kind === "User" || f.kind === "Lookup";

function systemValue(item: StoredItem, name: string): unknown {
  switch (name) {
    case "ID":
      return item.Id;
    case "Created":
      return item.Created;
    case "Modified":
      return item.Modified;
    case "Author":
      return item.AuthorId;
    case "Editor":
      return item.EditorId;
    default:
      return undefined;
  }
}

/** The stored value of a column: ids for person/lookup, the plain value otherwise. */
export function columnValue(item: StoredItem, field: FieldDef): unknown {
  if (field.builtIn && field.InternalName !== "Title") return systemValue(item, field.InternalName);
  const key = isRef(field) ? `${field.InternalName}Id` : field.InternalName;
  const v = item.values[key];
  // Unset: a multi-person/lookup column reads as [], everything else as null (as SharePoint does).
  if (v === undefined) return isRef(field) && field.AllowMultipleValues ? [] : null;
  return v;
}

function userProps(user: SiteUser | undefined, subs: string[] | undefined): Record<string, unknown> | null {
  if (!user) return null;
  const all: Record<string, unknown> = {
    Id: user.Id,
    Title: user.Title,
    EMail: user.Email,
    Name: user.LoginName,
    UserName: user.UserPrincipalName,
    JobTitle: user.JobTitle ?? null,
    Department: user.Department ?? null,
  };
  return pick(all, subs);
}

function pick(all: Record<string, unknown>, subs: string[] | undefined): Record<string, unknown> {
  if (!subs || subs.length === 0) return all;
  const out: Record<string, unknown> = {};
  for (const s of subs) {
    const key = Object.keys(all).find((k) => k.toLowerCase() === s.toLowerCase());
    if (key === undefined) throw spErrors.badQuery(`The field or property '${s}' does not exist.`);
    out[key] = all[key];
  }
  return out;
}

export function buildProjection(
  store: SiteStore,
  list: ListStore,
  select: string[] | undefined,
  expand: string[],
): Projection {
  const expanded = new Set(expand.map((e) => e.toLowerCase()));
  const typeName = itemTypeName(list.meta.Title);
  const custom = list.fields.filter((f) => !f.builtIn && !f.Hidden);
  const defaults = (item: StoredItem): Record<string, unknown> => {
    const out: Record<string, unknown> = { Id: item.Id, Title: item.values.Title ?? null };
    for (const f of custom) {
      const key = isRef(f) ? `${f.InternalName}Id` : f.InternalName;
      out[key] = columnValue(item, f);
    }
    Object.assign(out, { ID: item.Id, Modified: item.Modified, Created: item.Created, AuthorId: item.AuthorId, EditorId: item.EditorId, GUID: item.guid });
    return out;
  };
  if (!select || select.length === 0 || (select.length === 1 && select[0] === "*")) return defaults;

  // Work out each selected column once, so a bad $select fails even when no item matches.
  const plan: ((item: StoredItem, out: Record<string, unknown>) => void)[] = [];
  const subsByRef = new Map<string, { field: FieldDef; subs: string[] }>();
  for (const raw of select) {
    const name = raw.trim();
    if (name === "*") {
      plan.push((item, out) => Object.assign(out, defaults(item)));
      continue;
    }
    if (name === "Id" || name === "ID") {
      plan.push((item, out) => (out[name] = item.Id));
      continue;
    }
    if (name === "GUID" || name === "UniqueId") {
      plan.push((item, out) => (out[name] = item.guid));
      continue;
    }
    const [head, sub] = name.split("/", 2) as [string, string | undefined];
    const field = list.fields.find((f) => f.InternalName === head);
    if (!field) {
      const idOf = head.endsWith("StringId") ? head.slice(0, -8) : head.endsWith("Id") ? head.slice(0, -2) : undefined;
      const ref = idOf ? list.fields.find((f) => f.InternalName === idOf && isRef(f)) : undefined;
      if (!ref || sub) throw spErrors.unknownProperty(head, typeName);
      const asString = head.endsWith("StringId");
      plan.push((item, out) => {
        const v = columnValue(item, ref);
        out[head] = asString ? (Array.isArray(v) ? v.map(String) : v === null ? null : String(v)) : v;
      });
      continue;
    }
    if (isRef(field)) {
      if (!expanded.has(field.InternalName.toLowerCase())) {
        throw spErrors.badQuery(
          `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field.InternalName}.`,
        );
      }
      const entry = subsByRef.get(field.InternalName) ?? { field, subs: [] };
      if (sub) entry.subs.push(sub);
      subsByRef.set(field.InternalName, entry);
      continue;
    }
    if (sub) throw spErrors.badQuery(`The field or property '${sub}' does not exist.`);
    plan.push((item, out) => (out[field.InternalName] = columnValue(item, field)));
  }
  for (const { field, subs } of subsByRef.values()) {
    const target = field.kind === "Lookup" ? store.listById(field.LookupList ?? "") : undefined;
    const expandOne = (id: unknown): Record<string, unknown> | null => {
      if (typeof id !== "number") return null;
      if (field.kind === "User") return userProps(store.userById(id), subs);
      const row = target?.get(id);
      if (!row || !target) return null;
      const all: Record<string, unknown> = { Id: row.Id, ID: row.Id };
      for (const f of target.fields) all[f.InternalName] = columnValue(row, f);
      return pick(all, subs.length ? subs : ["Id", "Title"]);
    };
    plan.push((item, out) => {
      const v = columnValue(item, field);
      out[field.InternalName] = Array.isArray(v) ? v.map(expandOne) : expandOne(v);
    });
  }
  return (item) => {
    const out: Record<string, unknown> = {};
    for (const step of plan) step(item, out);
    return out;
  };
}

export function itemEntry(siteUrl: string, list: ListStore, item: StoredItem, props: Record<string, unknown>): Entry {
  const editLink = `Web/Lists(guid'${list.meta.Id}')/Items(${item.Id})`;
  return {
    meta: { type: itemTypeName(list.meta.Title), id: `${siteUrl}/_api/${editLink}`, editLink, etag: etagOf(item) },
    props,
  };
}

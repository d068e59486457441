/**
 * The stand-in's data model: plain JSON-serialisable records, so the same objects go into the
 * write-ahead log, the snapshot and memory without conversion.
 */

/** SharePoint's FieldTypeKind numbers (SP.FieldType); the ones this product uses plus built-ins. */
export const FieldTypeKind = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
} as const;

export type FieldKind = keyof typeof FieldTypeKind;

export interface FieldDef {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  kind: FieldKind;
  Required: boolean;
  Indexed: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  /** Built-in columns (ID, Created, Author…) cannot be written through the item endpoints. */
  builtIn: boolean;
  Description: string;
  EnforceUniqueValues: boolean;
  Choices?: string[];
  FillInChoice?: boolean;
  /** Lookup: the target list's id (a guid, as SharePoint stores it). */
  LookupList?: string;
  LookupField?: string;
  AllowMultipleValues?: boolean;
  DisplayFormat?: number;
  MaxLength?: number;
}

export interface ListMeta {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  Hidden: boolean;
  Created: string;
  /** SharePoint never reuses an item id, even after a delete. */
  nextItemId: number;
  /** Other list properties a client set (OnQuickLaunch, EnableVersioning…), echoed back as given. */
  extra: Record<string, unknown>;
}

export interface StoredItem {
  Id: number;
  /** The item's UniqueId: the first half of its ETag. */
  guid: string;
  /** owshiddenversion: the second half of its ETag, +1 on every update. */
  version: number;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
  /** Column values by storage key: internal name, or `{Name}Id` for person and lookup columns. */
  values: Record<string, unknown>;
}

export interface SiteUser {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
  UserPrincipalName: string;
  IsSiteAdmin: boolean;
  JobTitle?: string;
  Department?: string;
}

/** One line of the write-ahead log. Replaying them in order rebuilds the store. */
export type Change =
  | { t: "user.put"; user: SiteUser }
  | { t: "list.put"; list: ListMeta; fields: FieldDef[] }
  | { t: "list.delete"; listId: string }
  | { t: "field.put"; listId: string; field: FieldDef }
  | { t: "field.delete"; listId: string; internalName: string }
  | { t: "item.put"; listId: string; item: StoredItem }
  | { t: "item.delete"; listId: string; id: number };

export const etagOf = (item: StoredItem): string => `"${item.guid},${item.version}"`;

/** The OData entity type SharePoint derives from the list title (spaces become _x0020_). */
export const entityTypeName = (title: string): string =>
  `${title.replace(/ /g, "_x0020_").replace(/[^A-Za-z0-9_]/g, "")}ListItem`;
export const itemTypeName = (title: string): string => `SP.Data.${entityTypeName(title)}`;

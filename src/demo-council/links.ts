import type { PersonRef } from "../domain/records/person-ref";
import type { PersonKey } from "./people";
import type { DemoListTitle } from "./list-titles";

/**
 * The demo council is written before anything has a SharePoint id, so records point at each
 * other by key. A seeder writes the lists in order and swaps each link for the id it got back:
 * `{ $person: "leader" }` becomes the site user (a PersonRef), `{ $item: "Partnerships", key: "csp" }`
 * the item id of the row keyed "csp" in Partnerships. The `$` prefix keeps links apart from data.
 */
export interface PersonLink {
  readonly $person: PersonKey;
}

export interface ItemLink<L extends DemoListTitle = DemoListTitle> {
  readonly $item: L;
  readonly key: string;
}

/** Record properties that hold another list's item id, and the list each points into. */
interface ItemIdProperties {
  arrangementId: "Partnerships";
  directorateId: "Directorates";
  portfolioId: "Portfolios";
  stageId: "ApprovalStages";
  evaluationId: "Evaluations";
  representativeId: "Representatives";
  exitId: "Exits";
  /** The audit trail names any list's item. */
  itemId: DemoListTitle;
}

/**
 * A record as the demo writes it: every PersonRef a PersonLink, every item id an ItemLink, and no
 * id or ETag (the list assigns those). Optional properties stay optional.
 */
export type Linked<T> = T extends PersonRef
  ? PersonLink
  : T extends readonly (infer E)[]
    ? Linked<E>[]
    : T extends object
      ? {
          [K in keyof T as K extends "id" | "etag" ? never : K]: K extends keyof ItemIdProperties
            ? ItemLink<ItemIdProperties[K]>
            : K extends "objectiveIds"
              ? ItemLink<"Objectives">[]
              : Linked<T[K]>;
        }
      : T;

/** One row to write: its key (unique within its list) and the record with links in it. */
export interface DemoRow<T> {
  key: string;
  record: Linked<T>;
}

export const personLink = (key: PersonKey): PersonLink => ({ $person: key });
export const itemLink = <L extends DemoListTitle>(list: L, key: string): ItemLink<L> => ({ $item: list, key });

export const isPersonLink = (value: unknown): value is PersonLink =>
  typeof value === "object" && value !== null && typeof (value as { $person?: unknown }).$person === "string";

export const isItemLink = (value: unknown): value is ItemLink =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { $item?: unknown }).$item === "string" &&
  typeof (value as { key?: unknown }).key === "string";

/** How a seeder (or a test) turns keys into what SharePoint stores. */
export interface LinkResolver {
  person(key: PersonKey): PersonRef;
  item(list: DemoListTitle, key: string): number;
}

/** Replaces every link in a record, however deep, and copies everything else as it is. */
export function resolveLinks(value: unknown, resolver: LinkResolver): unknown {
  if (isPersonLink(value)) return resolver.person(value.$person);
  if (isItemLink(value)) return resolver.item(value.$item, value.key);
  if (Array.isArray(value)) return value.map((v) => resolveLinks(v, resolver));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveLinks(v, resolver)]));
  }
  return value;
}

/** Every link in a record, for checking that each points at something that exists. */
export function collectLinks(value: unknown): (PersonLink | ItemLink)[] {
  if (isPersonLink(value) || isItemLink(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(collectLinks);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(collectLinks);
  return [];
}

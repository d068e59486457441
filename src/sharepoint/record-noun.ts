import type { ListDefinition } from "./lists/list-definition";

/** What an officer calls one item of a list: "arrangement", "approval stage", "risk". */
export const recordNoun = (definition: ListDefinition): string => definition.record.replace(/-/g, " ");

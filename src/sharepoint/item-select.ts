import type { FieldDefinition, ListDefinition } from "./lists/list-definition";

/** SharePoint's own columns a screen may ask for besides the definition's. */
const systemPeople = new Set(["Author", "Editor"]);
const systemPlain = new Set(["Id", "Created", "Modified"]);

export interface ItemSelection {
  select: string[];
  expand: string[];
  /** The definition's columns that were asked for: only these are read into the record. */
  fields: FieldDefinition[];
}

const personColumns = (name: string): string[] => [`${name}/Id`, `${name}/Title`, `${name}/EMail`];

/**
 * `$select`/`$expand` for the columns a screen needs (DESIGN.md "Data": select only what is
 * shown). People are read as `Name/Id,Name/Title,Name/EMail` with `$expand=Name`, and also as the
 * stored `NameId`: a person SharePoint can no longer expand (they left the site) then still shows
 * up by id and is reported, rather than silently vanishing. Lookups likewise give id and title.
 */
export function selectionFor(definition: ListDefinition, names?: readonly string[], extraExpand: readonly string[] = []): ItemSelection {
  const wanted = names ?? definition.fields.map((f) => f.internalName);
  const select = new Set<string>(["Id"]);
  const expand = new Set<string>(extraExpand);
  const fields: FieldDefinition[] = [];
  for (const name of wanted) {
    const field = definition.fields.find((f) => f.internalName === name);
    if (field) {
      fields.push(field);
      if (field.type === "User") {
        [...personColumns(name), `${name}Id`].forEach((s) => select.add(s));
        expand.add(name);
      } else if (field.type === "Lookup") {
        [`${name}/Id`, `${name}/Title`, `${name}Id`].forEach((s) => select.add(s));
        expand.add(name);
      } else {
        select.add(name);
      }
    } else if (systemPeople.has(name)) {
      personColumns(name).forEach((s) => select.add(s));
      expand.add(name);
    } else if (systemPlain.has(name) || name.includes("/")) {
      // `Lookup/OtherColumn` paths come with their own `expand`.
      select.add(name);
    } else {
      throw new Error(`${definition.title} has no column called "${name}"`);
    }
  }
  return { select: [...select], expand: [...expand], fields };
}

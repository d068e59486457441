import type { ListDefinition } from "../lists/list-definition";

/**
 * Lists in an order where every Lookup's target comes first (a lookup column needs its target
 * list's id). Keeps the given order otherwise. A target that is neither in `definitions` nor in
 * `existing`, or a cycle, is a defect in the definitions and is named.
 */
export function orderByLookups(definitions: readonly ListDefinition[], existing: ReadonlySet<string> = new Set()): ListDefinition[] {
  const byTitle = new Map(definitions.map((d) => [d.title, d]));
  const ordered: ListDefinition[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (definition: ListDefinition, path: string[]): void => {
    if (state.get(definition.title) === "done") return;
    if (state.get(definition.title) === "visiting") {
      throw new Error(`Lookups go round in a circle: ${[...path, definition.title].join(" → ")}`);
    }
    state.set(definition.title, "visiting");
    for (const field of definition.fields) {
      if (field.type !== "Lookup" || !field.lookupList || field.lookupList === definition.title) continue;
      const target = byTitle.get(field.lookupList);
      if (target) visit(target, [...path, definition.title]);
      else if (!existing.has(field.lookupList)) {
        throw new Error(`${definition.title}.${field.internalName} looks up the ${field.lookupList} list, which is neither defined nor on the site`);
      }
    }
    state.set(definition.title, "done");
    ordered.push(definition);
  };
  for (const definition of definitions) visit(definition, []);
  return ordered;
}

import type { FieldDefinition } from "../../../src/sharepoint/lists/list-definition";
import type { ValueShape } from "./zod-shape";

const show = (shape: ValueShape): string => JSON.stringify(shape);

/**
 * Why a column and the record property it holds disagree, or undefined when they agree. The
 * rules are the contract the mapper relies on: what `itemToRecord` reads from a column must be
 * what the record's zod schema accepts.
 */
export function disagreement(field: FieldDefinition, shape: ValueShape): string | undefined {
  const expect = (ok: boolean, wanted: string) => (ok ? undefined : `a ${field.type} column needs ${wanted}, the record has ${show(shape)}`);
  switch (field.type) {
    case "Text":
      return expect(shape.kind === "string" && shape.format === undefined, "plain text");
    case "Note":
      return field.json
        ? expect(["object", "record", "array"].includes(shape.kind) && !(shape.kind === "array" && shape.element.kind === "enum"), "a JSON structure")
        : expect(shape.kind === "string" && shape.format === undefined, "plain text");
    case "URL":
      return expect(shape.kind === "string" && shape.format === "url", "a web address (z.httpUrl)");
    case "Number":
    case "Currency":
      return expect(shape.kind === "number", "a number");
    case "Boolean":
      return expect(shape.kind === "boolean", "a boolean");
    case "DateTime":
      return field.dateOnly
        ? expect(shape.kind === "string" && shape.format === "date", "an ISO date (z.iso.date)")
        : expect(shape.kind === "string" && shape.format === "datetime", "an ISO date-time (z.iso.datetime)");
    case "Choice":
      return expect(shape.kind === "enum" && sameOptions(shape.options, field.choices), `an enum of exactly ${JSON.stringify(field.choices)}`);
    case "MultiChoice":
      return expect(
        shape.kind === "array" && shape.element.kind === "enum" && sameOptions(shape.element.options, field.choices),
        `an array of an enum of exactly ${JSON.stringify(field.choices)}`,
      );
    case "User":
      return field.multiple
        ? expect(shape.kind === "array" && shape.element.kind === "person", "an array of personRef")
        : expect(shape.kind === "person", "a personRef");
    case "Lookup":
      return expect(shape.kind === "number" && shape.integer && field.property.endsWith("Id"), "a whole-number item id in a property ending in Id");
  }
}

/** Same options in the same order: the order is the order the grid's dropdown shows. */
const sameOptions = (options: readonly string[], choices: readonly string[] | undefined): boolean =>
  JSON.stringify(options) === JSON.stringify(choices ?? []);

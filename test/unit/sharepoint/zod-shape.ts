import { z } from "zod";
import { personRefSchema } from "../../../src/domain/records/person-ref";

/**
 * What a record property holds, in the terms a SharePoint column can be compared with. Read from
 * zod 4's own structure: wrappers expose `unwrap()`, enums `options`, arrays `element`, string
 * formats (`z.iso.date()`, `z.httpUrl()`) their `def.format`.
 */
export type ValueShape =
  | { kind: "string"; format?: string }
  | { kind: "number"; integer: boolean }
  | { kind: "boolean" }
  | { kind: "enum"; options: string[] }
  | { kind: "array"; element: ValueShape }
  | { kind: "person" }
  | { kind: "object" }
  | { kind: "record" }
  | { kind: "other"; type: string };

export interface PropertyShape {
  optional: boolean;
  shape: ValueShape;
}

export function propertyShape(schema: z.ZodType): PropertyShape {
  let inner: z.ZodType = schema;
  let optional = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    optional ||= inner instanceof z.ZodOptional || inner instanceof z.ZodDefault;
    inner = inner.unwrap() as z.ZodType;
  }
  return { optional, shape: valueShape(inner) };
}

function valueShape(schema: z.ZodType): ValueShape {
  if (schema === personRefSchema) return { kind: "person" };
  if (schema instanceof z.ZodEnum) return { kind: "enum", options: schema.options.map(String) };
  if (schema instanceof z.ZodArray) return { kind: "array", element: valueShape(schema.element as z.ZodType) };
  if (schema instanceof z.ZodNumber) return { kind: "number", integer: schema.isInt };
  if (schema instanceof z.ZodBoolean) return { kind: "boolean" };
  if (schema instanceof z.ZodObject) return { kind: "object" };
  if (schema instanceof z.ZodRecord) return { kind: "record" };
  // String formats (ISO date, URL) are their own classes in zod 4 but share the "string" def type.
  if (schema.def.type === "string") {
    const format = (schema.def as { format?: string }).format;
    return format ? { kind: "string", format } : { kind: "string" };
  }
  return { kind: "other", type: schema.def.type };
}

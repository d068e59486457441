import { z } from "zod";

/**
 * A rule's test on the proposal's facts, written as data so that a council's framework can be
 * expressed without code: `{ "fact": "councilResource", "op": "gte", "value": 50000 }`,
 * combined with `all`, `any` and `not`.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FactTest;

export const comparisonOps = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "true", "false", "includes"] as const;
export type ComparisonOp = (typeof comparisonOps)[number];

export const factTestSchema = z
  .object({
    fact: z.string().min(1),
    op: z.enum(comparisonOps),
    value: z.union([z.number(), z.string(), z.boolean(), z.array(z.union([z.string(), z.number()]))]).optional(),
  })
  .strict();
export type FactTest = z.infer<typeof factTestSchema>;

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    factTestSchema,
  ]),
);

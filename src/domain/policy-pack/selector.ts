import { z } from "zod";
import { conditionSchema } from "./condition";

/**
 * Which arrangements a pack rule applies to. Every listed dimension must match; an omitted
 * dimension matches anything. `categories` may include `null` for "not categorised".
 */
export const selectorSchema = z
  .object({
    kinds: z.array(z.string()).min(1).optional(),
    subtypes: z.array(z.string()).min(1).optional(),
    categories: z.array(z.string().nullable()).min(1).optional(),
    condition: conditionSchema.optional(),
  })
  .strict();
export type Selector = z.infer<typeof selectorSchema>;

import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { itemId, listItemMeta, nonEmpty } from "./common";

export const measureFrequencies = ["monthly", "quarterly", "six-monthly", "annually"] as const;

/** One reported value, e.g. { period: "2025/26 Q1", value: 42 }. */
export const measureActualSchema = z.object({ period: nonEmpty, value: z.number(), note: z.string().optional() });

/**
 * A key performance measure with its target (default framework 4.8). Actuals are kept with the measure as
 * a JSON note: a handful of periods a year, always read together with the target.
 */
export const performanceMeasureSchema = z.object({
  ...listItemMeta,
  name: nonEmpty,
  arrangementId: itemId,
  unit: z.string().optional(),
  target: z.number().optional(),
  /** Whether a value above the target is good (most) or bad (e.g. complaints). */
  higherIsBetter: z.boolean().optional(),
  frequency: z.enum(measureFrequencies),
  owner: personRefSchema.optional(),
  actuals: z.array(measureActualSchema).optional(),
});

export type PerformanceMeasure = z.infer<typeof performanceMeasureSchema>;
export type MeasureActual = z.infer<typeof measureActualSchema>;

import { measureValueText } from "../../../domain/performance/measure-value";
import type { MeasureActual, PerformanceMeasure } from "../../../domain/records/performance-measure";

export type TargetStatus = "on-target" | "off-target" | "no-target" | "no-actual";

/** The most recent reported value: actuals are kept in the order they were reported. */
export const latestActual = (measure: Partial<PerformanceMeasure>): MeasureActual | undefined => measure.actuals?.at(-1);

/** Whether the latest value meets the target, respecting measures where lower is better (complaints). */
export function targetStatus(measure: Partial<PerformanceMeasure>): TargetStatus {
  const latest = latestActual(measure);
  if (measure.target === undefined) return "no-target";
  if (!latest) return "no-actual";
  const higherIsBetter = measure.higherIsBetter ?? true;
  return (higherIsBetter ? latest.value >= measure.target : latest.value <= measure.target) ? "on-target" : "off-target";
}

export const targetStatusLabels: Record<TargetStatus, string> = {
  "on-target": "On target",
  "off-target": "Off target",
  "no-target": "No target set",
  "no-actual": "Not yet reported",
};

export const withUnit = (value: number | undefined, unit: string | undefined): string =>
  value === undefined ? "Not recorded" : measureValueText(value, unit);

import type { MeasureActual, PerformanceMeasure } from "../records/performance-measure";
import { measureRag } from "./measure-rag";
import type { RagRating } from "./rag-rating";
import { parseReportingPeriod } from "./reporting-period";

export type MeasureStatus =
  | { state: "rated"; rating: RagRating; latest: MeasureActual }
  | { state: "no-target"; latest?: MeasureActual }
  | { state: "not-reported" };

type MeasureFacts = Pick<Partial<PerformanceMeasure>, "target" | "higherIsBetter" | "actuals">;

/**
 * The actuals reported for periods that had ended by `asOf` (all of them when no date is given),
 * in period order. A period label that cannot be read is kept only when no date is asked for:
 * a report for a past half-year must not use a figure it cannot date.
 */
export function actualsUpTo(actuals: readonly MeasureActual[], asOf?: string): MeasureActual[] {
  const dated = actuals.map((actual, index) => ({ actual, index, end: parseReportingPeriod(actual.period)?.end }));
  const kept = asOf === undefined ? dated : dated.filter((d) => d.end !== undefined && d.end <= asOf);
  return kept
    .sort((a, b) => (a.end && b.end && a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.index - b.index))
    .map((d) => d.actual);
}

/** The measure's latest actual (up to `asOf`) and its red / amber / green against the target. */
export function measureStatus(measure: MeasureFacts, tolerancePercent: number, asOf?: string): MeasureStatus {
  const latest = actualsUpTo(measure.actuals ?? [], asOf).at(-1);
  if (!latest) return { state: "not-reported" };
  if (measure.target === undefined) return { state: "no-target", latest };
  const rating = measureRag({ target: measure.target, higherIsBetter: measure.higherIsBetter ?? true, actual: latest.value }, tolerancePercent);
  return { state: "rated", rating, latest };
}

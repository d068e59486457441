import type { PerformanceMeasure } from "../domain/records/performance-measure";
import type { Risk } from "../domain/records/risk";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { itemLink, personLink, type DemoRow } from "./links";
import { closedPeriods } from "./reporting-periods";

const noRisks = new Set(["proposed", "screening", "screened-out"]);
const measured = new Set(["active", "under-review", "exiting", "ended"]);

/**
 * The risk register: written at evaluation (the assessment is mandatory, default framework 2.11) and kept
 * up while the arrangement runs; closed once it has ended or never went ahead.
 */
export function buildRisks(spec: ArrangementSpec, calendar: DemoCalendar): DemoRow<Risk>[] {
  if (noRisks.has(spec.status)) return [];
  const closed = ["ended", "rejected", "withdrawn"].includes(spec.status);
  return (spec.risks ?? []).map((risk, i) => ({
    key: `${spec.key}:risk:${i + 1}`,
    record: {
      title: risk.title,
      arrangementId: itemLink("Partnerships", spec.key),
      ...(risk.description ? { description: risk.description } : {}),
      likelihood: risk.likelihood,
      impact: risk.impact,
      mitigation: risk.mitigation,
      owner: personLink(risk.owner),
      reviewDate: calendar.daysAhead(risk.reviewInDays),
      status: closed || risk.closed ? "closed" : "open",
      onCorporateRegister: risk.onCorporateRegister ?? false,
    },
  }));
}

/** Key performance measures with a value for each period closed so far (default framework 4.8). */
export function buildMeasures(spec: ArrangementSpec, calendar: DemoCalendar): DemoRow<PerformanceMeasure>[] {
  if (!measured.has(spec.status)) return [];
  return (spec.measures ?? []).map((m, i) => {
    const periods = closedPeriods(m.values.length, m.frequency, calendar);
    return {
      key: `${spec.key}:measure:${i + 1}`,
      record: {
        name: m.name,
        arrangementId: itemLink("Partnerships", spec.key),
        ...(m.unit ? { unit: m.unit } : {}),
        ...(m.target !== undefined ? { target: m.target } : {}),
        ...(m.higherIsBetter !== undefined ? { higherIsBetter: m.higherIsBetter } : {}),
        frequency: m.frequency,
        owner: personLink(m.owner),
        actuals: m.values.map((value, j) => ({ period: periods[j] ?? `period ${j + 1}`, value, ...(m.notes?.[j] ? { note: m.notes[j] } : {}) })),
      },
    };
  });
}

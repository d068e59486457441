import type { BudgetFigure } from "../domain/records/budget-figure";
import { addMonths } from "../domain/review-calendar/add-months";
import type { ArrangementSpec } from "./arrangement-spec";
import { financialYearLabel, type DemoCalendar } from "./demo-calendar";
import { itemLink, type DemoRow } from "./links";
import { stableNumber } from "./stable-number";
import type { Timeline } from "./timeline";

const budgeted = new Set(["active", "under-review", "exiting"]);
const quarters = ["Q1", "Q2", "Q3", "Q4"] as const;

/**
 * Quarterly budget against actual for last financial year and this one (default framework 4.8e): a
 * quarter of the contribution each quarter, actuals within a few per cent either way for
 * quarters that have closed, and budget only for quarters still to come.
 */
export function buildBudgetFigures(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar): DemoRow<BudgetFigure>[] {
  const contribution = spec.facts.councilResource ?? 0;
  const start = timeline.start;
  if (!budgeted.has(spec.status) || !start || contribution <= 0) return [];
  const thisYear = calendar.financialYearOf(calendar.today);
  const quarterly = Math.round(contribution / 4);
  const rows: DemoRow<BudgetFigure>[] = [];
  for (const year of [thisYear - 1, thisYear]) {
    quarters.forEach((quarter, q) => {
      const from = addMonths(`${year}-04-01`, 3 * q);
      const to = addMonths(from, 3);
      if (to <= start) return;
      const closed = to <= calendar.today;
      const swing = (stableNumber(`${spec.key}:${year}:${quarter}`, 17) - 8) / 100;
      const actual = Math.round(quarterly * (1 + swing));
      rows.push({
        key: `${spec.key}:${year}:${quarter}`,
        record: {
          financialYear: financialYearLabel(year),
          arrangementId: itemLink("Partnerships", spec.key),
          quarter,
          budget: quarterly,
          ...(closed ? { actual } : {}),
          ...(closed && swing >= 0.07 ? { note: "Overspend: partner's invoice included a one-off cost, agreed with the Section 151 Officer." } : {}),
        },
      });
    });
  }
  return rows;
}

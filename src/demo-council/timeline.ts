import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { addDays } from "../domain/review-calendar/days-between";

/**
 * Northbrook adopted its partnership framework and opened the register this many months ago.
 * Arrangements proposed since went through the product's route; older ones were entered from
 * the previous spreadsheet with a retrospective evaluation and no approval stages.
 */
export const registerOpenedMonthsAgo = 34;

const pastApproval = new Set(["active", "under-review", "exiting", "ended"]);

/** The key days in an arrangement's story, all counted from today. */
export interface Timeline {
  proposed: string;
  screening: string;
  screened: string;
  submitted: string;
  /** The day the route opened, which is the day the evaluation was submitted. */
  routeOpened: string;
  start?: string;
  plannedEnd?: string;
  /** Entered from the old spreadsheet rather than proposed through the product. */
  legacy: boolean;
  registerOpened: string;
  /** Ad hoc arrangements are set up within days, not months (default framework 1.11a, 1.16d). */
  urgent: boolean;
}

export function timelineOf(spec: ArrangementSpec, calendar: DemoCalendar): Timeline {
  const urgent = spec.category === "ad-hoc" || spec.subtype === "ad-hoc-resilience";
  const start = spec.startedMonthsAgo !== undefined ? calendar.monthsAgo(spec.startedMonthsAgo) : undefined;
  // A live arrangement was proposed long enough before it started for the whole route to run.
  const leadIn = urgent ? 7 : 110;
  const proposed =
    start && pastApproval.has(spec.status) ? addDays(start, -leadIn) : calendar.daysAgo(spec.proposedDaysAgo ?? 30);
  const registerOpened = calendar.monthsAgo(registerOpenedMonthsAgo);
  const step = (urgent ? [0, 1, 3] : [2, 9, 35]) as [number, number, number];
  const submitted = addDays(proposed, step[2]);
  return {
    proposed,
    screening: addDays(proposed, step[0]),
    screened: addDays(proposed, step[1]),
    submitted,
    routeOpened: submitted,
    ...(start ? { start } : {}),
    ...(start && spec.plannedMonths !== undefined ? { plannedEnd: calendar.monthsAgo((spec.startedMonthsAgo ?? 0) - spec.plannedMonths) } : {}),
    legacy: proposed < registerOpened,
    registerOpened,
    urgent,
  };
}

import type { WindowedReview } from "../policy-pack/pack-schema";
import { daysInMonth, toIsoDate, type IsoDate } from "./iso-date";

/** A pack's review window: inclusive months, wrapping over the new year when fromMonth > toMonth. */
export type MonthWindow = WindowedReview["window"];

/** One year's occurrence of a window, from the first day of its first month to the last day of its last. */
export interface WindowOccurrence {
  /** The year the window ends in: a November–February window ending in 2027 is "2027". */
  periodKey: string;
  year: number;
  start: IsoDate;
  end: IsoDate;
}

export const wrapsNewYear = (window: MonthWindow): boolean => window.fromMonth > window.toMonth;

/**
 * The occurrence of `window` that ends in `year`. A window that wraps the new year is named by
 * the year it ends in because that is the year it reports for: assurance gathered over the
 * winter feeds the following spring's Annual Governance Statement (default framework 6.11).
 */
export function windowEndingIn(window: MonthWindow, year: number): WindowOccurrence {
  const startYear = wrapsNewYear(window) ? year - 1 : year;
  return {
    periodKey: String(year),
    year,
    start: toIsoDate({ year: startYear, month: window.fromMonth, day: 1 }),
    end: toIsoDate({ year, month: window.toMonth, day: daysInMonth(year, window.toMonth) }),
  };
}

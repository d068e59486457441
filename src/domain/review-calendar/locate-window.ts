import { compareIsoDates, parseIsoDate, type IsoDate } from "./iso-date";
import { windowEndingIn, type MonthWindow, type WindowOccurrence } from "./window-for-year";

/**
 * Occurrences of a window around a date. A window spans at most twelve months, so the ones
 * ending from the year before to two years after the date hold every answer below.
 */
const around = (window: MonthWindow, date: IsoDate): WindowOccurrence[] => {
  const { year } = parseIsoDate(date);
  return [year - 1, year, year + 1, year + 2].map((y) => windowEndingIn(window, y));
};

/** The occurrence open on `date` (first and last days included), if any. */
export function windowContaining(window: MonthWindow, date: IsoDate): WindowOccurrence | undefined {
  return around(window, date).find((w) => compareIsoDates(w.start, date) <= 0 && compareIsoDates(date, w.end) <= 0);
}

/** The latest occurrence that had closed before `date`. */
export function lastClosedWindow(window: MonthWindow, date: IsoDate): WindowOccurrence {
  const closed = around(window, date).filter((w) => compareIsoDates(w.end, date) < 0);
  const last = closed[closed.length - 1];
  // The window ending the year before `date` always ends before it, so `closed` is never empty.
  if (last === undefined) throw new Error(`no window closes before ${date}`);
  return last;
}

/** The first occurrence opening after `date`; across the year boundary, next year's. */
export function nextWindowOpening(window: MonthWindow, date: IsoDate): WindowOccurrence {
  const next = around(window, date).find((w) => compareIsoDates(w.start, date) > 0);
  // The window ending two years after `date` always opens after it.
  if (next === undefined) throw new Error(`no window opens after ${date}`);
  return next;
}

/** The occurrence that follows `occurrence`. */
export const followingWindow = (window: MonthWindow, occurrence: WindowOccurrence): WindowOccurrence =>
  windowEndingIn(window, occurrence.year + 1);

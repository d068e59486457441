import { addMonths } from "./add-months";
import { compareIsoDates, type IsoDate } from "./iso-date";

/** When a cycle's reviews fall due for one arrangement. */
export interface CycleSchedule {
  startDate: IsoDate;
  everyMonths: number;
  /** Months from the start to the first review; the pack's default is `everyMonths`. */
  firstAfterMonths?: number;
}

/**
 * How long before its due date a cycle's review shows as "due" rather than "upcoming". The
 * frameworks set no notice period for cycles (default framework 6.8, joint-working code 31 say only "annual"), so
 * this is the product's choice: a month, to match the month-wide windows the packs speak in.
 */
export const cycleNoticeMonths = 1;

/**
 * The due date of the `occurrence`-th review (1 = the first). Reviews keep to the schedule set
 * by the start date: each falls `everyMonths` after the one before, whenever that one was done,
 * so a late review does not push every later one back (README.md "Cycles" says why). Counted from the
 * start date each time so month-end clamping does not drift (31 Jan, 28 Feb, 31 Mar).
 */
export function occurrenceDueDate(schedule: CycleSchedule, occurrence: number): IsoDate {
  if (!Number.isInteger(occurrence) || occurrence < 1) throw new RangeError(`occurrence must be 1 or more, not ${occurrence}`);
  const first = schedule.firstAfterMonths ?? schedule.everyMonths;
  return addMonths(schedule.startDate, first + (occurrence - 1) * schedule.everyMonths);
}

/** The first day the review counts as "due": its notice date, but never before the start. */
export function occurrenceOpens(schedule: CycleSchedule, occurrence: number): IsoDate {
  const notice = addMonths(occurrenceDueDate(schedule, occurrence), -cycleNoticeMonths);
  return compareIsoDates(notice, schedule.startDate) < 0 ? schedule.startDate : notice;
}

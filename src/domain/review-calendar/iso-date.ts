/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. The review calendar works in whole days of the
 * civil calendar: a due date is a day, not an instant, so there is no time of day and no time
 * zone to get wrong. Arithmetic goes through `Date.UTC`, which has no daylight-saving gaps.
 */
export type IsoDate = string;

export interface CalendarDay {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a well-formed date that exists on the calendar (so not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads a date; throws a RangeError naming `what` so a bad record is found, not guessed at. */
export function parseIsoDate(value: string, what = "date"): CalendarDay {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a date like 2026-04-01, not "${value}"`);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

export function toIsoDate({ year, month, day }: CalendarDay): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO dates of the same form sort as strings; this names the intent. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

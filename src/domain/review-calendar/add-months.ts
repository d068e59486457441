import { daysInMonth, parseIsoDate, toIsoDate, type IsoDate } from "./iso-date";

/**
 * Calendar months later (or earlier, for a negative count), keeping the day of the month and
 * clamping to the month's end when it has fewer days: 31 January + 1 month is 28 February
 * (29th in a leap year), the way people count "a month after" a date. Callers that step
 * repeatedly should add from the original date, not chain, or 31 → 28 → 28 drifts.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number, not ${months}`);
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

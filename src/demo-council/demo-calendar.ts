import { addMonths } from "../domain/review-calendar/add-months";
import { addDays } from "../domain/review-calendar/days-between";
import { parseIsoDate } from "../domain/review-calendar/iso-date";

/**
 * Every date in the demo is counted from `today`, so an arrangement that is overdue for review is
 * overdue whenever the demo is built, and a pending approval was always asked for last week.
 */
export interface DemoCalendar {
  today: string;
  daysAgo(days: number): string;
  daysAhead(days: number): string;
  monthsAgo(months: number): string;
  monthsAhead(months: number): string;
  /** A moment on a day, in UTC: the demo's working day runs 09:00–17:00. */
  at(day: string, hour?: number, minute?: number): string;
  /** The UK financial year (April to March) that contains `day`, e.g. 2025 for "2025/26". */
  financialYearOf(day: string): number;
  /** The latest `month`/`day` strictly before today: "the last 31 August that has passed". */
  lastPassed(month: number, day: number): string;
  /** The first `month`/`day` on or after today. */
  nextComing(month: number, day: number): string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function demoCalendar(today: string): DemoCalendar {
  const { year } = parseIsoDate(today, "today");
  const onYear = (y: number, month: number, day: number) => `${y}-${pad(month)}-${pad(day)}`;
  return {
    today,
    daysAgo: (days) => addDays(today, -days),
    daysAhead: (days) => addDays(today, days),
    monthsAgo: (months) => addMonths(today, -months),
    monthsAhead: (months) => addMonths(today, months),
    at: (day, hour = 10, minute = 0) => `${day}T${pad(hour)}:${pad(minute)}:00Z`,
    financialYearOf: (day) => {
      const d = parseIsoDate(day);
      return d.month >= 4 ? d.year : d.year - 1;
    },
    lastPassed: (month, day) => (onYear(year, month, day) < today ? onYear(year, month, day) : onYear(year - 1, month, day)),
    nextComing: (month, day) => (onYear(year, month, day) >= today ? onYear(year, month, day) : onYear(year + 1, month, day)),
  };
}

/** "2025/26" for the financial year starting April 2025. */
export const financialYearLabel = (startYear: number): string => `${startYear}/${pad((startYear + 1) % 100)}`;

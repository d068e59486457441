import { daysInMonth, parseIsoDate } from "../review-calendar/iso-date";

/**
 * A UK local-government financial year runs 1 April to 31 March and is written "2025/26".
 * Quarter 1 is April to June, quarter 4 January to March (the way councils report budgets).
 */
export const financialQuarters = ["Q1", "Q2", "Q3", "Q4"] as const;
export type FinancialQuarter = (typeof financialQuarters)[number];

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025/26" for the year starting April 2025. */
export const financialYearLabel = (startYear: number): string => `${startYear}/${pad((startYear + 1) % 100)}`;

/** 2025 for "2025/26"; undefined for anything not written that way. */
export function financialYearStart(label: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})$/.exec(label.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : undefined;
}

/** The financial year (by its starting year) and quarter a day falls in: 31 March 2026 is 2025/26 Q4. */
export function financialQuarterOf(day: string): { startYear: number; quarter: FinancialQuarter } {
  const { year, month } = parseIsoDate(day);
  const startYear = month >= 4 ? year : year - 1;
  const monthsSinceApril = (month + 8) % 12;
  return { startYear, quarter: financialQuarters[Math.floor(monthsSinceApril / 3)]! };
}

/** First and last day of a span of whole months, counted from April of `startYear`. */
export function monthsOfYear(startYear: number, fromMonthIndex: number, months: number): { start: string; end: string } {
  const at = (index: number) => ({ year: startYear + Math.floor((3 + index) / 12), month: ((3 + index) % 12) + 1 });
  const first = at(fromMonthIndex);
  const last = at(fromMonthIndex + months - 1);
  return {
    start: `${first.year}-${pad(first.month)}-01`,
    end: `${last.year}-${pad(last.month)}-${pad(daysInMonth(last.year, last.month))}`,
  };
}

/** 1 July to 30 September 2025 for 2025, "Q2". */
export const quarterDates = (startYear: number, quarter: FinancialQuarter) => monthsOfYear(startYear, financialQuarters.indexOf(quarter) * 3, 3);

import { financialYearLabel, type FinancialQuarter } from "./financial-year";

/**
 * A half of a financial year, as the bi-annual performance report covers it: "2026H1" is April to
 * September 2026 (quarters 1 and 2 of 2026/27), "2026H2" October 2026 to March 2027.
 */
export interface HalfYear {
  id: string;
  financialYear: string;
  half: 1 | 2;
  start: string;
  end: string;
  quarters: readonly FinancialQuarter[];
  label: string;
}

export function parseHalfYear(text: string): HalfYear | undefined {
  const match = /^(\d{4})\s*H([12])$/i.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const half = Number(match[2]) as 1 | 2;
  const financialYear = financialYearLabel(year);
  return half === 1
    ? { id: `${year}H1`, financialYear, half, start: `${year}-04-01`, end: `${year}-09-30`, quarters: ["Q1", "Q2"], label: `April to September ${year} (${financialYear}, first half)` }
    : { id: `${year}H2`, financialYear, half, start: `${year}-10-01`, end: `${year + 1}-03-31`, quarters: ["Q3", "Q4"], label: `October ${year} to March ${year + 1} (${financialYear}, second half)` };
}

export const halfYearHint = 'Write the half year like 2026H1 (April to September 2026) or 2026H2 (October 2026 to March 2027).';

/** The latest half year that has ended by `today`: on 24 November 2026 that is 2026H1. */
export function lastEndedHalfYear(today: string): HalfYear {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month >= 10) return parseHalfYear(`${year}H1`)!;
  if (month >= 4) return parseHalfYear(`${year - 1}H2`)!;
  return parseHalfYear(`${year - 1}H1`)!;
}

/** The half year just before this one. */
export function previousHalfYear(half: HalfYear): HalfYear {
  const year = Number(half.id.slice(0, 4));
  return parseHalfYear(half.half === 2 ? `${year}H1` : `${year - 1}H2`)!;
}

import { financialQuarters, financialYearStart, monthsOfYear, type FinancialQuarter } from "./financial-year";

/** A period a measure's actual is reported for, with the days it covers. */
export interface ReportingPeriod {
  label: string;
  start: string;
  end: string;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Reads the label an actual is reported for — "2025/26 Q1" (a quarter), "2025/26 H2" (a half
 * year), "2025/26" (a financial year) or "Jan 2026" (a month) — into the days it covers, so a
 * report for a past period can use only the figures of that period and before. Undefined for a
 * label written any other way.
 */
export function parseReportingPeriod(text: string): ReportingPeriod | undefined {
  const label = text.trim().replace(/\s+/g, " ");
  const month = /^([A-Za-z]{3}) (\d{4})$/.exec(label);
  if (month) {
    const index = monthNames.findIndex((m) => m.toLowerCase() === month[1]!.toLowerCase());
    if (index < 0) return undefined;
    const year = Number(month[2]);
    // Month index counted from April of the financial year the month falls in.
    const startYear = index >= 3 ? year : year - 1;
    return { label: `${monthNames[index]} ${year}`, ...monthsOfYear(startYear, (index + 9) % 12, 1) };
  }
  const [yearText, part, ...rest] = label.split(" ");
  if (rest.length > 0 || yearText === undefined) return undefined;
  const startYear = financialYearStart(yearText);
  if (startYear === undefined) return undefined;
  if (part === undefined) return { label, ...monthsOfYear(startYear, 0, 12) };
  const upper = part.toUpperCase();
  if ((financialQuarters as readonly string[]).includes(upper)) {
    return { label: `${yearText} ${upper}`, ...monthsOfYear(startYear, financialQuarters.indexOf(upper as FinancialQuarter) * 3, 3) };
  }
  if (upper === "H1" || upper === "H2") return { label: `${yearText} ${upper}`, ...monthsOfYear(startYear, upper === "H1" ? 0 : 6, 6) };
  return undefined;
}

export const reportingPeriodHint = 'Write the period like "2026/27 Q1", "2026/27 H1", "2026/27" or "Jan 2027".';

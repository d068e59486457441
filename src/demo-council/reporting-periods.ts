import { addMonths } from "../domain/review-calendar/add-months";
import { parseIsoDate } from "../domain/review-calendar/iso-date";
import { financialYearLabel, type DemoCalendar } from "./demo-calendar";

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const stepMonths = { monthly: 1, quarterly: 3, "six-monthly": 6, annually: 12 } as const;
export type Frequency = keyof typeof stepMonths;

/** The label officers use for the reporting period that contains `day`. */
function periodLabel(day: string, frequency: Frequency, calendar: DemoCalendar): string {
  const { year, month } = parseIsoDate(day);
  const fy = calendar.financialYearOf(day);
  const monthOfYear = (month + 8) % 12; // April = 0
  switch (frequency) {
    case "monthly": return `${monthNames[month - 1]} ${year}`;
    case "quarterly": return `${financialYearLabel(fy)} Q${Math.floor(monthOfYear / 3) + 1}`;
    case "six-monthly": return `${financialYearLabel(fy)} H${monthOfYear < 6 ? 1 : 2}`;
    case "annually": return financialYearLabel(fy);
  }
}

/**
 * The last `count` periods that have closed before today, oldest first. Periods run with the
 * financial year (quarter 1 is April to June), which is how councils report.
 */
export function closedPeriods(count: number, frequency: Frequency, calendar: DemoCalendar): string[] {
  const step = stepMonths[frequency];
  const { year, month } = parseIsoDate(calendar.today);
  const monthsSinceApril = (month + 8) % 12;
  // The first day of the period we are in now; the one before it is the last closed period.
  const currentStart = addMonths(`${year}-${String(month).padStart(2, "0")}-01`, -(monthsSinceApril % step));
  return Array.from({ length: count }, (_, i) => periodLabel(addMonths(currentStart, -step * (count - i)), frequency, calendar));
}

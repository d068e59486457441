import { formatLongDate } from "../domain/review-calendar/long-date";
import type { RegisterColumn } from "./register-columns";
import type { CellValue } from "./register-table";

const isIsoDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** "£1,250,000", or pence when there are any. */
export const formatPounds = (value: number): string =>
  `£${value.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`;

/** A cell as a reader sees it on a page: money in pounds, dates in words ("1 April 2026"). */
export function cellText(column: Pick<RegisterColumn, "type">, value: CellValue): string {
  if (value === undefined || value === "") return "";
  if (column.type === "money" && typeof value === "number") return formatPounds(value);
  if (column.type === "date" && typeof value === "string" && isIsoDate(value)) return formatLongDate(value);
  return String(value);
}

import { parseIsoDate, type IsoDate } from "./iso-date";

const monthNames = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export function monthName(month: number): string {
  const name = monthNames[month - 1];
  if (name === undefined) throw new RangeError(`month must be 1 to 12, not ${month}`);
  return name;
}

/**
 * "31 March 2027", the way a UK council writes a date. Spelled out here rather than through
 * `Intl` so the words never depend on the server's locale.
 */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${monthName(month)} ${year}`;
}

/**
 * Money and dates as a UK council officer writes them. Times are shown in UK time whatever the
 * server's zone, so a card reads the same from any bot instance.
 */
const ukZone = "Europe/London";

export function formatPounds(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "Not recorded";
  const wholePounds = Number.isInteger(value);
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency: "GBP",
    minimumFractionDigits: wholePounds ? 0 : 2,
    maximumFractionDigits: wholePounds ? 0 : 2,
  }).format(value);
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: ukZone });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: ukZone });

/** "12 February 2025"; undefined when the value is not a date, so the caller can show it as text. */
export function formatDay(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : dayFormat.format(date);
}

/** "12 February 2025 at 14:05" for a date-time, or just the day for a bare date. */
export function formatMoment(iso: string): string | undefined {
  const day = formatDay(iso);
  if (day === undefined || !iso.includes("T")) return day;
  return `${day} at ${timeFormat.format(new Date(iso))}`;
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

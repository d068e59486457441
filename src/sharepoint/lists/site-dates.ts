/**
 * SharePoint stores every DateTime as an instant in UTC. A date-only column typed into the grid
 * as 1 June 2025 on a UK site is stored as local midnight: "2025-05-31T23:00:00Z" in summer.
 * Cutting the string at "T" would move the date back a day, so dates are read and written in the
 * site's own time zone (UK councils: Europe/London).
 */
export const defaultSiteTimeZone = "Europe/London";

// Building a DateTimeFormat costs ~1 ms; a 5,000-row register reads 5,000 dates, so keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>();
const formatFor = (timeZone: string): Intl.DateTimeFormat => {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
};

const partsIn = (instant: Date, timeZone: string) => {
  const parts = formatFor(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
};

/** The calendar day an instant falls on in the site's time zone; undefined if it is not a date. */
export function siteDateOf(value: string, timeZone = defaultSiteTimeZone): string | undefined {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const p = partsIn(instant, timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Minutes the zone is ahead of UTC at an instant (60 for London in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of local midnight starting `day` ("2025-06-01"), as SharePoint stores a date-only value. */
export function siteMidnightOf(day: string, timeZone = defaultSiteTimeZone): string {
  const [year, month, date] = day.split("-").map(Number);
  const utcMidnight = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1);
  // The offset can differ either side of a clock change, so check it at the corrected instant too.
  let instant = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  instant = utcMidnight - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant).toISOString().replace(".000Z", "Z");
}

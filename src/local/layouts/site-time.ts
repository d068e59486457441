import { defaultSiteTimeZone, siteDateOf, siteMidnightOf } from "../../sharepoint/lists/site-dates";

/**
 * Dates as a person on the site sees and types them: in the site's time zone (UK councils,
 * Europe/London), as SharePoint's own forms do. Storage stays UTC instants.
 */
const zone = defaultSiteTimeZone;

function parts(instant: Date): Record<string, number> {
  const out: Record<string, number> = {};
  const fmt = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  for (const p of fmt.formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out;
}

const pad = (n: number | undefined, width = 2): string => String(n ?? 0).padStart(width, "0");

/** `datetime-local` value for a stored instant, e.g. "2025-06-01T09:30". */
export function siteLocalDateTime(iso: string): string | undefined {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return undefined;
  const p = parts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** `date` value for a stored date-only instant (local midnight), e.g. "2025-06-01". */
export function siteLocalDate(iso: string): string | undefined {
  return siteDateOf(iso, zone);
}

/** True when y-m-d names a real calendar day (so "2025-02-31" is not silently moved to March). */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** "2025-06-01" → the instant SharePoint stores for that date-only value; undefined if not a day. */
export function instantOfSiteDate(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m || !realDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return siteMidnightOf(day, zone);
}

/** "2025-06-01T09:30" read as site-local wall time → UTC instant; undefined if not that shape. */
export function instantOfSiteDateTime(local: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsetAt = (t: number): number => {
    const p = parts(new Date(t));
    return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - t;
  };
  // Twice, because the offset either side of a clock change can differ from the first guess's.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, "Z");
}

const dateFmt = new Intl.DateTimeFormat("en-GB", { timeZone: zone, dateStyle: "medium" });
const dateTimeFmt = new Intl.DateTimeFormat("en-GB", { timeZone: zone, dateStyle: "medium", timeStyle: "short" });

/** For reading: "1 Jun 2025" or "1 Jun 2025, 09:30"; the raw text if it is not a date. */
export function formatSiteDate(iso: string, dateOnly: boolean): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return (dateOnly ? dateFmt : dateTimeFmt).format(instant);
}

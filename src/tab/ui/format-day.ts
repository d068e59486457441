const longDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "31 August 2026" for a calendar day `2026-08-31` (noon UTC, so no zone can move it a day). */
export function formatDay(iso: string | undefined): string {
  if (!iso) return "";
  const day = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : longDay.format(day);
}

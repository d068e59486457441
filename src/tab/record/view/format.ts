import { formatLondonMoment } from "../../../sharepoint/format-london-moment";

/** What a question with no answer in the record shows: a fact, not a blank. */
export const notRecorded = "Not recorded";

const longDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const shortDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });

/** "1 April 2025" from a calendar day `2025-04-01`. */
export function ukDate(iso: string | undefined, style: "long" | "short" = "long"): string {
  if (!iso) return notRecorded;
  const day = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  return (style === "long" ? longDay : shortDay).format(day);
}

/** "14:32 on 24 November 2026", UK time. */
export const ukMoment = (iso: string | undefined): string => (iso ? formatLondonMoment(iso) : notRecorded);

/** "£65,000"; pennies only when there are some. */
export function pounds(value: number | undefined): string {
  if (value === undefined) return notRecorded;
  const whole = Number.isInteger(value);
  return `£${value.toLocaleString("en-GB", { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}

export const yesNo = (value: boolean | undefined): string => (value === undefined ? notRecorded : value ? "Yes" : "No");

/** A pack or schema id in words: "joint-committee" → "Joint committee". */
export function words(id: string | undefined): string {
  if (!id) return "";
  const text = id.replace(/[-_]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const personName = (person: { title?: string; id: number } | undefined): string =>
  person ? (person.title ?? `Person #${person.id} (no longer on the site)`) : notRecorded;

import { cleanCardText, escapeCardText } from "./escape-card-text";

/** Said after any text the card had to shorten, so the reader knows there is more. */
export const moreInTheRecord = "… (see the record)";

/**
 * Shortens text to at most `limit` characters (counted in code points, so an emoji is never cut
 * in half). Returns the text and whether it was cut.
 */
export function truncateText(value: string, limit: number): { text: string; cut: boolean } {
  const points = Array.from(value);
  if (points.length <= limit) return { text: value, cut: false };
  return { text: points.slice(0, limit).join("").trimEnd(), cut: true };
}

/**
 * User text as a card shows it: cleaned, cut to a generous limit, then escaped. The marker is
 * added after escaping so its own brackets stay plain text.
 */
export function cardText(value: string | undefined, limit: number, options: { oneLine?: boolean } = {}): string {
  const raw = value ?? "";
  // Look only at a generous head of a huge text: cleaning a megabyte for each card would cost
  // the bot its answer time, and no more than `limit` code points (two units each) can show.
  const head = raw.length > limit * 4 ? raw.slice(0, limit * 4) : raw;
  const cleaned = cleanCardText(head);
  const { text, cut } = truncateText((options.oneLine ? cleaned.replace(/\s+/g, " ") : cleaned).trim(), limit);
  return cut || head.length < raw.length ? `${escapeCardText(text)} ${moreInTheRecord}` : escapeCardText(text);
}

/** Names, labels and facts sit on one line: any line breaks typed into them become spaces. */
export const cardLine = (value: string | undefined, limit: number): string => cardText(value, limit, { oneLine: true });

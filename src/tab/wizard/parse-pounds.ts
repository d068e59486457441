/**
 * An amount in pounds as an officer types it — "65000", "£65,000", "1 250.50" — or null when it
 * is not one ("about 60k"). Blank is undefined: the question is simply not answered yet.
 */
export function parsePounds(text: string): number | undefined | null {
  const cleaned = text.trim().replace(/^£/, "").replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The stored amount shown back in the box: "65000" (no separators, so it edits cleanly). */
export const poundsText = (value: number | undefined): string => (value === undefined ? "" : String(value));

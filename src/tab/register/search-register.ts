import type { RegisterRow } from "../../sharepoint/register/register-row";

/** Lower case without accents, so "cafe" finds "Café" and "NHS" finds "nhs". */
export const foldText = (text: string): string => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

// Folded once per row, not per keystroke: 5,000 rows are searched on every character typed.
const folded = new WeakMap<RegisterRow, string>();
const haystackOf = (row: RegisterRow): string => {
  let text = folded.get(row);
  if (text === undefined) {
    text = foldText([row.name ?? "", ...row.partners, row.purpose ?? ""].join(" \n "));
    folded.set(row, text);
  }
  return text;
};

/**
 * Free-text search over the name, the partners and the purpose. Every word typed must appear
 * somewhere in them (in any order), so "waste county" finds "County Waste Partnership".
 */
export function searchMatcher(text: string): (row: RegisterRow) => boolean {
  const words = foldText(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (row) => {
    const haystack = haystackOf(row);
    return words.every((word) => haystack.includes(word));
  };
}

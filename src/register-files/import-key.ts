/** "  The  Wessex  Waste " → "the wessex waste": the same name however it was spaced or capitalised. */
export const normaliseText = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Which arrangement a spreadsheet row describes: its own reference when the file has one, else
 * its name with its partners (sorted, so their order does not matter). Not the file's name or
 * the row's position, so a re-saved or re-sorted copy of the file still matches.
 */
export function rowIdentity(reference: string | undefined, name: string, partners: readonly string[]): string {
  if (reference && reference.trim()) return `ref:${normaliseText(reference)}`;
  return `name:${normaliseText(name)}|${partners.map(normaliseText).sort().join("|")}`;
}

/**
 * The ImportKey stored on the register entry: a SHA-256 digest of the identity (Web Crypto, so
 * the tab and the CLI compute the same key). Short enough for an indexed text column.
 */
export async function importKeyOf(identity: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(identity));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  return `v1-${hex.slice(0, 40)}`;
}

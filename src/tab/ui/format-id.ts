/**
 * Pack ids as words ("shared-service" → "Shared service") until pages read labels from the
 * council's policy pack, which is where the council's own wording lives.
 */
export function wordsForId(id: string | undefined): string {
  if (!id) return "";
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

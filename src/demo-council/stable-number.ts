/**
 * A small whole number that depends only on the text: the demo varies minutes, days and actuals
 * between arrangements without a random generator, so the same `today` always builds the same council.
 */
export function stableNumber(text: string, modulo: number): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % modulo;
}

import { normaliseText } from "./text-tokens";

function trigrams(text: string): Set<string> {
  const padded = `  ${normaliseText(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Dice coefficient over character trigrams, 0 (nothing shared) to 1 (the same after
 * normalising). Forgives typing slips ("Westmarsh" for "Westmarch") that word overlap cannot.
 */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/**
 * How telling each word is on this register: a word in every entry (the council's own town name)
 * weighs little, a rare word ("CCTV") weighs much — inverse document frequency over the register.
 */
export function wordWeights(documents: readonly (readonly string[])[]): (word: string) => number {
  const counts = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const n = documents.length;
  return (word) => Math.log(1 + (n + 1) / (1 + (counts.get(word) ?? 0)));
}

/** The share of the query's weight that the other text also has: 1 when every query word appears there. */
export function weightedOverlap(query: readonly string[], other: ReadonlySet<string>, weight: (word: string) => number): { score: number; shared: string[] } {
  const total = query.reduce((sum, w) => sum + weight(w), 0);
  if (total === 0) return { score: 0, shared: [] };
  const shared = query.filter((w) => other.has(w));
  return { score: shared.reduce((sum, w) => sum + weight(w), 0) / total, shared };
}

/** One bar of a chart and one line of its text alternative. */
export interface Tally {
  key: string;
  label: string;
  value: number;
}

/** Counts items by a key, in first-seen order unless `order` gives the keys' order (unlisted keys last). */
export function tallyBy<T>(items: readonly T[], keyOf: (item: T) => string, labelOf: (key: string) => string, order: readonly string[] = []): Tally[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...counts]
    .map(([key, value]) => ({ key, label: labelOf(key), value }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}

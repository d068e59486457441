/** Partners as typed: one a line, or separated by commas or semicolons; blanks and repeats dropped. */
export function parsePartners(text: string): string[] {
  const names = text
    .split(/[\n,;]+/)
    .map((p) => p.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

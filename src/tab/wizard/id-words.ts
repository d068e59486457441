/** An id in words: "community-interest-company" → "Community interest company"; "latco" stays readable. */
export function idWords(id: string): string {
  const special: Record<string, string> = { latco: "Local authority trading company (LATCo)" };
  if (special[id]) return special[id];
  const text = id.replace(/-/g, " ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

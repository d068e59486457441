/**
 * Words that say nothing about *which* arrangement is meant: every entry on a council's register
 * is a partnership of councils and bodies, so "partnership", "council" and "the" would make
 * everything look alike.
 */
const stopWords = new Set([
  "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "by", "at", "our", "its", "from", "into",
  "partnership", "partnerships", "partner", "partners", "council", "councils", "borough", "district",
  "joint", "shared", "service", "services", "group", "groups", "working", "board", "arrangement", "arrangements",
  "agreement", "scheme", "programme", "project", "local", "authority", "authorities", "between", "both",
  "will", "be", "is", "are", "we", "this", "that", "all", "one", "two", "run", "work",
]);

/** Lower case, "&" as "and", accents and punctuation dropped: how two spellings of one name meet. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A light stem, so "services" meets "service" and "schools" meets "school"; never below four letters. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The telling words of a text, stemmed, each once, in the order first written. */
export function significantWords(text: string | undefined): string[] {
  if (!text) return [];
  const words = normaliseText(text)
    .split(" ")
    .filter((w) => w.length > 1 && !stopWords.has(w))
    .map(stem)
    .filter((w) => !stopWords.has(w));
  return [...new Set(words)];
}

/** Each significant word of a text mapped back to how it was typed ("cctv" → "CCTV"), for showing to people. */
export function wordsAsTyped(text: string | undefined): Map<string, string> {
  const typed = new Map<string, string>();
  for (const original of (text ?? "").split(/[^A-Za-z0-9\u00C0-\u024F]+/)) {
    const [word] = significantWords(original);
    if (word && !typed.has(word)) typed.set(word, original);
  }
  return typed;
}

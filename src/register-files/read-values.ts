/** A cell read into a register value, or a sentence saying why it cannot be. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (message: string): Read<never> => ({ ok: false, message });
const quoted = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** "£25,000", "25000.50", "£25k", "25 000": pounds. Negative or wordy amounts are refused. */
export function readMoney(text: string): Read<number> {
  const compact = text.replace(/[£,\s]/g, "").replace(/^gbp/i, "");
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(compact);
  if (!match) return no(`${quoted(text)} is not an amount of money; write it as pounds, like 25000 or £25,000.`);
  const multiplier = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  return ok(Math.round(Number(match[1]) * multiplier * 100) / 100);
}

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A calendar date the way UK spreadsheets hold it: `2026-04-01`, `1/4/2026` (day first, as in
 * the UK), `01-04-26`, `1 April 2026`, `1 Apr 2026`. `31/02/2026` is not a date and says so.
 */
export function readDate(text: string): Read<string> {
  const t = text.trim();
  let parts: [number, number, number] | undefined;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(t);
  if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (!parts && dmy) parts = [Number(dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy[3]), Number(dmy[2]), Number(dmy[1])];
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(t);
  if (!parts && words) {
    const month = months.indexOf(words[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month > 0) parts = [Number(words[3]), month, Number(words[1])];
  }
  const iso = parts && isoIfReal(...parts);
  if (!iso) return no(`${quoted(text)} is not a date; write it like 2026-04-01 or 1/4/2026.`);
  return ok(iso);
}

/** Yes / no, true / false, y / n, 1 / 0. */
export function readYesNo(text: string): Read<boolean> {
  const t = text.trim().toLowerCase();
  if (["yes", "y", "true", "1"].includes(t)) return ok(true);
  if (["no", "n", "false", "0"].includes(t)) return ok(false);
  return no(`${quoted(text)} is not yes or no.`);
}

/** A web address a browser can open. */
export function readUrl(text: string): Read<string> {
  try {
    const url = new URL(text.trim());
    if (url.protocol === "https:" || url.protocol === "http:") return ok(url.href);
  } catch {
    // Not a URL at all: the message below says what is wanted.
  }
  return no(`${quoted(text)} is not a web address; it should start https://`);
}

/** "Shared service", "shared-service" and "SHARED SERVICE" are the same choice. */
const comparable = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * One of a fixed set of choices (a pack's kinds, the legal forms), by id or by name. An unknown
 * value names the choices there are, so the person can correct it.
 */
export function readChoice(text: string, choices: readonly { id: string; name: string }[], what: string): Read<string> {
  const wanted = comparable(text);
  const found = choices.find((c) => comparable(c.id) === wanted || comparable(c.name) === wanted);
  if (found) return ok(found.id);
  const names = choices.map((c) => c.name);
  return no(`${quoted(text)} is not a ${what} the register knows; use one of: ${names.join(", ")}.`);
}

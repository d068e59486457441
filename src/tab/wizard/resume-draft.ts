import type { KeptDraft } from "./kept-drafts";

export type Resume<A> =
  /** Nothing kept, or what was kept is already saved: start from SharePoint's copy. */
  | { from: "saved"; answers: A }
  /** Changes made on this device were never saved, and nobody has saved since: carry on from them and save. */
  | { from: "device"; answers: A }
  /** Changes were kept here, but someone else has saved the draft since: the officer must choose. */
  | { from: "conflict"; answers: A; kept: A };

/**
 * Where a reopened draft picks up. What the device kept wins only when it was typed on top of
 * the very version SharePoint still holds; otherwise both are shown (nothing is lost, nothing is
 * overwritten behind anyone's back).
 */
export function resumeDraft<A>(saved: { answers: A; etag: string }, kept: KeptDraft<A> | null): Resume<A> {
  if (!kept || sameAnswers(kept.answers, saved.answers)) return { from: "saved", answers: saved.answers };
  if (kept.baseEtag === saved.etag) return { from: "device", answers: kept.answers };
  return { from: "conflict", answers: saved.answers, kept: kept.answers };
}

/** Deep equality of JSON answers, ignoring key order. */
export function sameAnswers(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

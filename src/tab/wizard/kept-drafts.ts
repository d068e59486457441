/**
 * Answers kept on this device until SharePoint has them: written on every change, removed once a
 * save succeeds with nothing newer typed meanwhile. Keyed by evaluation id, so two drafts never
 * mix, and stamped with the ETag the answers were built on, so a resumed draft can tell whether
 * someone else saved in between (then it is a conflict, never a silent overwrite).
 */
export interface KeptDraft<A> {
  evaluationId: number;
  /** The ETag of the saved draft these answers were typed on top of. */
  baseEtag: string;
  answers: A;
  /** ISO moment the answers were last kept. */
  keptAt: string;
}

/** The part of `localStorage` used, so tests and private windows (no storage) can pass their own. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const prefix = "partnership-register:wizard-draft:";
export const keptDraftKey = (evaluationId: number): string => `${prefix}${evaluationId}`;

/** Keeps the answers; answers false when the device refused (storage full or switched off). */
export function keepDraft<A>(storage: DraftStorage | null, draft: KeptDraft<A>): boolean {
  if (!storage) return false;
  try {
    storage.setItem(keptDraftKey(draft.evaluationId), JSON.stringify(draft));
    return true;
  } catch (error) {
    console.warn("[wizard] the answers could not be kept on this device:", error);
    return false;
  }
}

/** The kept answers for an evaluation, or null; a damaged entry is reported and treated as none. */
export function readKeptDraft<A>(storage: DraftStorage | null, evaluationId: number): KeptDraft<A> | null {
  const text = storage?.getItem(keptDraftKey(evaluationId));
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<KeptDraft<A>>;
    if (value.evaluationId !== evaluationId || typeof value.baseEtag !== "string" || typeof value.answers !== "object" || value.answers === null) {
      console.warn(`[wizard] the answers kept for evaluation ${evaluationId} are not in a shape this version understands; ignoring them`);
      return null;
    }
    return { evaluationId, baseEtag: value.baseEtag, answers: value.answers as A, keptAt: typeof value.keptAt === "string" ? value.keptAt : "" };
  } catch (error) {
    console.warn(`[wizard] the answers kept for evaluation ${evaluationId} are damaged; ignoring them`, error);
    return null;
  }
}

export function forgetDraft(storage: DraftStorage | null, evaluationId: number): void {
  storage?.removeItem(keptDraftKey(evaluationId));
}

/** The browser's localStorage when it can be used (it throws in some locked-down profiles). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

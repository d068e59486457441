import { useCallback, useEffect, useRef, useState } from "react";
import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { describeError } from "../../sharepoint/describe-error";
import { Autosaver, type SaveStatus } from "./autosaver";
import { browserStorage } from "./kept-drafts";
import { isOfflineError } from "./is-offline-error";
import type { Resume } from "./resume-draft";

/** Submit or screen out was asked for while changes were still unsaved (offline, or a save failed). */
export class UnsavedChangesError extends Error {}

/** About the pause between words: long enough not to save every key, short enough to lose nothing. */
export const autosaveDelayMs = 800;
/** While offline, try again this often even if the browser never says it is back online. */
const offlineRetryMs = 15_000;

export interface AutosaveHandle<A> {
  answers: A;
  status: SaveStatus;
  /** Changes the answers; they are kept on the device now and saved once typing pauses. */
  update: (change: (answers: A) => A) => void;
  /** Saves what is waiting now and answers the ETag to act on (submit, screen out). */
  flush: () => Promise<string>;
  /** After a conflict: take the other version as it is now; answers what this device had. */
  adopt: (answers: A, etag: string) => A;
  retry: () => void;
  stop: () => void;
  /** SharePoint refused a submit or screening for a newer version: stop saving, as for a save. */
  markConflict: (error: unknown) => void;
}

/**
 * The wizard's answers with debounced autosave through `save`, kept on the device in between,
 * flushed when the connection returns, and stopped at a conflict until the officer chooses.
 */
export function useAutosave<A>(options: {
  evaluationId: number;
  etag: string;
  resume: Resume<A>;
  save: (answers: A, etag: string) => Promise<{ etag: string }>;
  /** What to say when the device's kept changes meet a newer saved version on opening. */
  conflictOnOpen?: unknown;
}): AutosaveHandle<A> {
  const { evaluationId, etag, resume } = options;
  // In a conflict found on opening, the screen keeps what this device had until the officer chooses.
  const initial = resume.from === "conflict" ? resume.kept : resume.answers;
  const [answers, setAnswers] = useState<A>(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const answersRef = useRef(answers);
  const saveRef = useRef(options.save);
  saveRef.current = options.save;
  const saverRef = useRef<Autosaver<A> | null>(null);
  if (!saverRef.current) {
    saverRef.current = new Autosaver<A>({
      evaluationId,
      etag,
      answers: initial,
      save: (a, e) => saveRef.current(a, e),
      storage: browserStorage(),
      delayMs: autosaveDelayMs,
      isConflict: (error) => ConcurrencyError.is(error),
      isOffline: (error) => isOfflineError(error, navigator.onLine),
      describe: describeError,
      onStatus: setStatus,
    });
  }
  const saver = saverRef.current;

  useEffect(() => {
    if (resume.from === "device") saver.resumeUnsaved(resume.answers);
    if (resume.from === "conflict") saver.markConflict(options.conflictOnOpen);
    // Runs once for the draft that was opened.
  }, [saver]);

  useEffect(() => {
    const back = () => void saver.flush();
    window.addEventListener("online", back);
    const timer = window.setInterval(() => {
      const kind = saver.currentStatus.kind;
      if (kind === "offline") void saver.flush();
    }, offlineRetryMs);
    // Hidden or closed: try once more to get the last words to SharePoint (they are kept here anyway).
    const hidden = () => {
      if (document.visibilityState === "hidden") void saver.flush();
    };
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", back);
      document.removeEventListener("visibilitychange", hidden);
      window.clearInterval(timer);
    };
  }, [saver]);

  // Development's strict mode unmounts and remounts once: the saver must come back to life.
  useEffect(() => {
    saver.start();
    return () => {
      // Leaving the wizard: send what is waiting now rather than when the draft is next opened.
      void saver.flush();
      saver.stop();
    };
  }, [saver]);

  const update = useCallback(
    (change: (a: A) => A) => {
      const next = change(answersRef.current);
      answersRef.current = next;
      setAnswers(next);
      saver.change(next);
    },
    [saver],
  );

  // Submitting or screening out acts on the saved version, so everything typed must be saved first.
  const flush = useCallback(async () => {
    await saver.flush();
    const now = saver.currentStatus;
    if (now.kind === "conflict") throw now.error ?? new Error("Someone else changed this evaluation; load their version first.");
    if (saver.hasUnsavedChanges) {
      throw new UnsavedChangesError(
        now.kind === "offline"
          ? "You are offline, so your latest changes are not saved yet. They are kept on this device; try again when the connection returns."
          : `Your latest changes are not saved yet${now.kind === "failed" ? `: ${now.message}` : "."} They are kept on this device; try again.`,
      );
    }
    return saver.currentEtag;
  }, [saver]);

  const adopt = useCallback(
    (theirs: A, theirEtag: string) => {
      const mine = answersRef.current;
      answersRef.current = theirs;
      setAnswers(theirs);
      saver.adopt(theirs, theirEtag);
      return mine;
    },
    [saver],
  );

  const retry = useCallback(() => void saver.flush(), [saver]);
  const stop = useCallback(() => saver.stop(), [saver]);

  const markConflict = useCallback((error: unknown) => saver.markConflict(error), [saver]);

  return { answers, status, update, flush, adopt, retry, stop, markConflict };
}

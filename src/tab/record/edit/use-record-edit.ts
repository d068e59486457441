import { useState } from "react";
import { describeError } from "../../../sharepoint/describe-error";
import { ConcurrencyError } from "../../../sharepoint/errors/concurrency-error";
import { PermissionError } from "../../../sharepoint/errors/permission-error";
import { formatLondonMoment } from "../../../sharepoint/format-london-moment";
import type { ArrangementRecord } from "../../../sharepoint/record/read-record";
import { saveArrangementChanges } from "../../../sharepoint/record/save-arrangement";
import { useSession } from "../../lib/session/session-context";
import { draftOf, readDraft, type Draft, type FieldError } from "./edit-draft";

export type EditState =
  | { mode: "view"; notice?: string; kept?: Draft }
  | { mode: "edit"; original: Draft; draft: Draft; errors: FieldError[]; saving: boolean; conflict?: string; failure?: string; attempt: number };

/** The fields the person actually changed, so a reload never carries their stale copy of the rest. */
const typedChanges = (original: Draft, draft: Draft): Draft => Object.fromEntries(Object.entries(draft).filter(([k, v]) => original[k] !== v));

function conflictMessage(error: ConcurrencyError): string {
  if (!error.changedBy && !error.changedAt) return error.message;
  const who = error.changedBy?.title ?? "Someone else";
  const when = error.changedAt ? ` at ${formatLondonMoment(error.changedAt)}` : "";
  return `${who} changed this arrangement${when}. Reload to see their changes; what you typed is kept below.`;
}

/**
 * Editing the register entry: validate at the field, save with the ETag the screen was showing,
 * and on a newer save by someone else keep what the person typed (never a silent overwrite).
 */
export function useRecordEdit(data: ArrangementRecord, reload: () => void) {
  const { sp, user } = useSession();
  const [state, setState] = useState<EditState>({ mode: "view" });
  const record = data.arrangement.record;

  const start = (kept: Draft = {}) => {
    const original = draftOf(record);
    setState({ mode: "edit", original, draft: { ...original, ...kept }, errors: [], saving: false, attempt: 0 });
  };
  const change = (property: string, value: string) =>
    setState((s) => (s.mode === "edit" ? { ...s, draft: { ...s.draft, [property]: value }, errors: s.errors.filter((e) => e.property !== property) } : s));
  const cancel = () => setState({ mode: "view" });

  const save = async () => {
    if (state.mode !== "edit" || state.saving) return;
    const result = readDraft(state.draft, record);
    if (!result.ok) {
      setState({ ...state, errors: result.errors, failure: undefined, attempt: state.attempt + 1 });
      return;
    }
    if (Object.keys(result.changes).length === 0) {
      setState({ mode: "view", notice: "Nothing had changed, so nothing was saved." });
      return;
    }
    setState({ ...state, errors: [], saving: true, failure: undefined });
    try {
      await saveArrangementChanges(sp, data.arrangement.id, result.changes, data.arrangement.etag, { id: user.id, title: user.title, email: user.email });
      setState({ mode: "view", notice: "Your changes were saved." });
      reload();
    } catch (error) {
      if (ConcurrencyError.is(error)) {
        setState({ ...state, errors: [], saving: false, conflict: conflictMessage(error) });
      } else {
        if (!PermissionError.is(error)) console.error("[record] saving the arrangement failed:", error);
        setState({ ...state, errors: [], saving: false, failure: describeError(error) });
      }
    }
  };

  /** Reload after a conflict: show the other person's changes, keep what this person typed beside them. */
  const reloadKeepingTyped = () => {
    if (state.mode !== "edit") return;
    const kept = typedChanges(state.original, state.draft);
    setState({ mode: "view", kept: Object.keys(kept).length ? kept : undefined });
    reload();
  };

  const discardKept = () => setState({ mode: "view" });

  return { state, start, change, cancel, save, reloadKeepingTyped, discardKept };
}

import type { SPFI } from "@pnp/sp";
import type { AuditEntry } from "../domain/records/audit-entry";
import { appendAuditEntry } from "./audit-trail";
import { SharePointError } from "./errors/sharepoint-error";
import { toSharePointError, type ErrorContext } from "./errors/to-sharepoint-error";
import type { ListDefinition } from "./lists/list-definition";

/**
 * A write and its audit entry in ONE `$batch` (DESIGN.md "Data"): one round trip, and no moment
 * where the change is saved but its entry not yet sent. SharePoint does not roll a changeset back
 * (each part succeeds or fails alone), so both outcomes are checked:
 * - the write failed but its entry landed: a second entry says it was not applied — the log is
 *   append-only, so a correction is appended, never an edit;
 * - the write landed but its entry did not: the entry is sent again on its own; if that fails
 *   too the officer is told the change was saved but not recorded.
 * `onWriteFailed` turns the write's error into the one to throw (e.g. a 412 into who-and-when).
 */
export async function writeWithAudit<R>(
  sp: SPFI,
  auditDefinition: ListDefinition,
  entry: AuditEntry,
  write: (batched: SPFI) => Promise<R>,
  context: ErrorContext,
  onWriteFailed: (error: unknown) => Promise<SharePointError> = (error) => toSharePointError(error, context),
): Promise<R> {
  const [batched, execute] = sp.batched();
  // Both requests must be registered before execute(); settle them so neither rejects unobserved.
  const outcome = Promise.allSettled([write(batched), appendAuditEntry(batched, auditDefinition, entry)]);
  try {
    await execute();
  } catch (error) {
    throw await toSharePointError(error, context);
  }
  const [written, audited] = await outcome;
  if (written.status === "rejected") {
    const failure = await onWriteFailed(written.reason);
    if (audited.status === "fulfilled") await appendRefusal(sp, auditDefinition, entry, failure);
    throw failure;
  }
  if (audited.status === "rejected") await appendAfterSave(sp, auditDefinition, entry, context);
  return written.value;
}

async function appendRefusal(sp: SPFI, auditDefinition: ListDefinition, entry: AuditEntry, failure: SharePointError): Promise<void> {
  const refusal: AuditEntry = {
    ...entry,
    summary: `Not applied: SharePoint refused this ${entry.action} of item #${entry.itemId} in ${entry.listTitle}`.slice(0, 255),
    at: new Date().toISOString(),
    changes: {},
    reason: failure.message,
  };
  try {
    await appendAuditEntry(sp, auditDefinition, refusal);
  } catch (error) {
    const cause = await toSharePointError(error);
    throw SharePointError.failed(
      `${failure.message} The audit log also could not note that this change was not applied (${cause.message}); tell the Change Manager.`,
      failure.status,
      failure.spCode,
      failure.spMessage,
      failure,
    );
  }
}

/** Appends the entry for a change already saved; if it cannot, says so plainly rather than hide it. */
export async function appendAfterSave(sp: SPFI, auditDefinition: ListDefinition, entry: AuditEntry, context: ErrorContext): Promise<void> {
  try {
    await appendAuditEntry(sp, auditDefinition, entry);
  } catch (error) {
    const cause = await toSharePointError(error, context);
    throw SharePointError.failed(
      `Your change was saved, but the audit log could not record it (${cause.message}). Tell the Change Manager so the audit trail can be completed.`,
      cause.status,
      cause.spCode,
      cause.spMessage,
      cause,
    );
  }
}

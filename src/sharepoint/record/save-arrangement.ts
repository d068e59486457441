import type { SPFI } from "@pnp/sp";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Actor } from "../audit-trail";
import { recordRepositoryFor } from "./record-repository";

/**
 * Saves the officer's changes to an arrangement's register entry with the ETag their screen was
 * showing: a newer save by someone else throws ConcurrencyError naming them, and a person who is
 * not its lead officer, sponsoring officer or the Change Manager gets PermissionError. Nothing is
 * written in either case; the audit entry travels with the write.
 */
export function saveArrangementChanges(
  sp: SPFI,
  id: number,
  changes: Partial<Arrangement>,
  etag: string,
  actor: Actor,
): Promise<{ etag: string; changed: boolean }> {
  return recordRepositoryFor(sp, "Partnerships").update(id, changes, etag, actor);
}

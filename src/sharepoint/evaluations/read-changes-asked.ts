import type { SPFI } from "@pnp/sp";
import { repositoryFor } from "../repositories";

export interface ChangesAsked {
  /** The arrangement is back in evaluation because an approver or statutory officer asked for changes. */
  waiting: boolean;
  /** Who asked, at which stage, and their comments, as the approvals code recorded them. */
  reason?: string;
}

/**
 * Whether an arrangement with no open draft is waiting for its lead officer to make the changes an
 * approver asked for — so the wizard can offer to reopen the evaluation rather than say it is done.
 */
export async function readChangesAsked(sp: SPFI, arrangementId: number): Promise<ChangesAsked> {
  const row = await repositoryFor(sp, "Partnerships").getById(arrangementId, ["Status", "StatusReason"]);
  const waiting = row.record.status === "evaluation";
  return { waiting, ...(waiting && row.record.statusReason ? { reason: row.record.statusReason } : {}) };
}

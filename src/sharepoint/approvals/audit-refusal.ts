import type { SPFI } from "@pnp/sp";
import type { AuditEntry } from "../../domain/records/audit-entry";
import type { PersonRef } from "../../domain/records/person-ref";
import { appendAuditEntry, auditLogTitle } from "../audit-trail";
import { getListDefinition } from "../lists/load-list-definitions";
import type { StageContext } from "./stage-context";

/**
 * Appends an audit entry for an attempt that was refused because the person has no part in the
 * stage (DESIGN.md "Identity": authorisation enforced where data is written, and the attempt is
 * kept — default framework 5.6 asks for an audit trail). Nothing in the stage changed, so `changes` is empty.
 */
export async function auditRefusedAttempt(sp: SPFI, context: StageContext, actor: PersonRef, what: string, reason: string, at: Date): Promise<void> {
  const who = actor.title ?? `Person #${actor.id}`;
  const entry: AuditEntry = {
    summary: `Refused: ${who} tried to ${what} "${context.stage.record.label ?? `stage #${context.stage.id}`}" but is not assigned to it`.slice(0, 255),
    at: at.toISOString(),
    by: actor,
    listTitle: "ApprovalStages",
    itemId: context.stage.id,
    arrangementId: context.arrangement.id,
    action: "update",
    changes: {},
    reason,
  };
  await appendAuditEntry(sp, getListDefinition(auditLogTitle), entry);
}

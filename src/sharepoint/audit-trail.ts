import type { SPFI } from "@pnp/sp";
import type { AuditEntry } from "../domain/records/audit-entry";
import type { PersonRef } from "../domain/records/person-ref";
import type { AuditChanges } from "./audit-changes";
import type { ListDefinition } from "./lists/list-definition";
import { recordToItem } from "./lists/map-item";
import { recordNoun } from "./record-noun";

export const auditLogTitle = "AuditLog";

/** The person a write is done for: their site user id goes into the audit entry's By column. */
export type Actor = PersonRef;

export interface AuditFacts {
  definition: ListDefinition;
  action: AuditEntry["action"];
  actor: Actor;
  itemId: number;
  arrangementId?: number;
  changes: AuditChanges;
  reason?: string;
  /** Overrides the generated summary (e.g. for a write SharePoint refused). */
  summary?: string;
}

const verbs: Record<AuditEntry["action"], string> = { create: "created", update: "changed", delete: "deleted" };

function summaryOf(facts: AuditFacts): string {
  const who = facts.actor.title ?? `Person #${facts.actor.id}`;
  const what = `${recordNoun(facts.definition)} #${facts.itemId} in ${facts.definition.title}`;
  const columns = facts.action === "update" ? `: ${Object.keys(facts.changes).join(", ")}` : "";
  // Title is a single line of text: 255 characters at most in SharePoint.
  return `${who} ${verbs[facts.action]} ${what}${columns}`.slice(0, 255);
}

export function auditEntryFor(facts: AuditFacts, at: Date = new Date()): AuditEntry {
  return {
    summary: facts.summary ?? summaryOf(facts),
    at: at.toISOString(),
    by: facts.actor,
    listTitle: facts.definition.title,
    itemId: facts.itemId,
    ...(facts.arrangementId !== undefined ? { arrangementId: facts.arrangementId } : {}),
    action: facts.action,
    changes: facts.changes,
    ...(facts.reason ? { reason: facts.reason } : {}),
  };
}

/**
 * Appends one entry to the AuditLog through `sp` (which may be a batch, so the entry travels with
 * the write it records). Appending is all the product ever does to the audit log.
 */
export function appendAuditEntry(sp: SPFI, auditDefinition: ListDefinition, entry: AuditEntry): Promise<unknown> {
  return sp.web.lists.getByTitle(auditLogTitle).items.add(recordToItem(auditDefinition, entry));
}

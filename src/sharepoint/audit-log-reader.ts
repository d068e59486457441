import type { SPFI } from "@pnp/sp";
import { auditEntrySchema, type AuditEntry } from "../domain/records/audit-entry";
import { auditLogTitle } from "./audit-trail";
import type { ListDefinition } from "./lists/list-definition";
import { ListReader } from "./list-reader";

/**
 * The AuditLog seen from the product: read only. Entries are appended by ListRepository's writes
 * and nothing here can update or delete one (DESIGN.md "Data": the audit log is never edited).
 */
export class AuditLogReader extends ListReader<AuditEntry> {
  constructor(sp: SPFI, definition: ListDefinition) {
    if (definition.title !== auditLogTitle) throw new Error(`AuditLogReader reads the ${auditLogTitle} list, not ${definition.title}`);
    super(sp, definition, auditEntrySchema);
  }
}

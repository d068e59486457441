import type { SPFI } from "@pnp/sp";
import { AuditLogReader } from "./audit-log-reader";
import { auditLogTitle } from "./audit-trail";
import { ListRepository, type RepositoryOptions } from "./list-repository";
import { getListDefinition } from "./lists/load-list-definitions";
import { recordSchemas, type ListTitle, type RecordOf } from "./lists/record-schemas";

/** Every list but the AuditLog can be written; the AuditLog is appended to only by those writes. */
export type WritableListTitle = Exclude<ListTitle, typeof auditLogTitle>;

/** The repository for one list, typed by its record (`repositoryFor(sp, "Risks")` reads and writes risks). */
export function repositoryFor<L extends WritableListTitle>(
  sp: SPFI,
  title: L,
  options: Omit<RepositoryOptions, "auditDefinition"> = {},
): ListRepository<RecordOf<L>> {
  const auditDefinition = getListDefinition(auditLogTitle);
  return new ListRepository<RecordOf<L>>(sp, getListDefinition(title), recordSchemas[title].schema, { ...options, auditDefinition });
}

export function auditLogFor(sp: SPFI): AuditLogReader {
  return new AuditLogReader(sp, getListDefinition(auditLogTitle));
}

import type { SPFI } from "@pnp/sp";
import type { AuditEntry } from "../../domain/records/audit-entry";
import { auditLogFor } from "../repositories";
import { getListDefinition, listDefinitions } from "../lists/load-list-definitions";
import { and, eq, or } from "../odata";
import { recordNoun } from "../record-noun";

/** One changed column, named as the list names it ("Planned end date"), before → after. */
export interface AuditChangeLine {
  property: string;
  column: string;
  /** The column's SharePoint type ("Choice", "DateTime"…), so the value can be shown in words. */
  type?: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditTrailEntry {
  id: number;
  entry: Partial<AuditEntry>;
  /** What the item is called: "arrangement", "risk", "budget figure". */
  noun: string;
  changes: AuditChangeLine[];
  /** What could not be read from the AuditLog row, said plainly; the row is still shown. */
  problems: string[];
}

function columnsOf(listTitle: string | undefined): Map<string, { column: string; type: string }> {
  const known = listTitle && listDefinitions.some((d) => d.title === listTitle);
  return new Map(known ? getListDefinition(listTitle).fields.map((f) => [f.property, { column: f.displayName, type: f.type }]) : []);
}

/**
 * The arrangement's audit trail, newest first: changes to the register entry itself and to every
 * record kept under it (both columns are indexed). Read when the person opens the Audit trail tab,
 * not with the record, since most visits never look at it.
 */
export async function readRecordAuditTrail(sp: SPFI, arrangementId: number, limit = 500): Promise<AuditTrailEntry[]> {
  const rows = await auditLogFor(sp).query({
    filter: or(and(eq("ListTitle", "Partnerships"), eq("ItemId", arrangementId)), eq("ArrangementId", arrangementId)),
    orderBy: [{ field: "At", ascending: false }, { field: "Id", ascending: false }],
    limit,
  });
  return rows.map((row) => {
    const { listTitle, changes } = row.record;
    const columns = columnsOf(listTitle);
    const noun = listTitle && listDefinitions.some((d) => d.title === listTitle) ? recordNoun(getListDefinition(listTitle)) : "item";
    return {
      id: row.id,
      entry: row.record,
      noun,
      changes: Object.entries(changes ?? {}).map(([property, change]) => ({ property, column: property, ...columns.get(property), ...change })),
      problems: row.problems.map((p) => p.message),
    };
  });
}

import type { Arrangement } from "../records/arrangement";
import type { AuditEntry } from "../records/audit-entry";

export type HistoricArrangement = Partial<Arrangement> & { id: number };

/** Today's register entry, with the day SharePoint says its item was created (for items added outside the product). */
export interface CurrentEntry {
  arrangement: HistoricArrangement;
  /** The item's `Created` moment; an entry added in SharePoint directly has no "create" audit entry. */
  createdAt?: string;
}

export interface RegisterAtInput {
  /** The register as it is now. */
  current: readonly CurrentEntry[];
  /**
   * The AuditLog's entries about the Partnerships list (others are ignored), in any order: at
   * least every entry after `asAt`, and every "create" (to know which items the trail saw begin).
   */
  audit: readonly AuditEntry[];
  /** The moment the register is wanted at: everything logged after it is undone. */
  asAt: string;
}

const refusalPrefix = "Not applied:";
const partnerships = "Partnerships";

const time = (at: string): number => {
  const t = Date.parse(at);
  if (Number.isNaN(t)) throw new RangeError(`the audit entry dated "${at}" has no readable moment`);
  return t;
};

/**
 * Entries that describe a change that really happened: a write SharePoint refused is logged as
 * its entry followed by a "Not applied" entry for the same item (the log is append-only, see
 * write-with-audit.ts), so each refusal cancels the latest earlier entry it corrects.
 */
function appliedEntries(entries: readonly AuditEntry[]): AuditEntry[] {
  const ordered = entries
    .filter((e) => e.listTitle === partnerships)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => time(a.e.at) - time(b.e.at) || (a.e.id ?? 0) - (b.e.id ?? 0) || a.i - b.i)
    .map(({ e }) => e);
  const kept: (AuditEntry | undefined)[] = [];
  for (const entry of ordered) {
    if (!entry.summary.startsWith(refusalPrefix)) {
      kept.push(entry);
      continue;
    }
    for (let j = kept.length - 1; j >= 0; j--) {
      const earlier = kept[j];
      if (earlier && earlier.itemId === entry.itemId && earlier.action === entry.action) {
        kept[j] = undefined;
        break;
      }
    }
  }
  return kept.filter((e): e is AuditEntry => e !== undefined);
}

function undo(register: Map<number, HistoricArrangement>, entry: AuditEntry): void {
  if (entry.action === "create") {
    register.delete(entry.itemId);
    return;
  }
  // An update is undone column by column; a delete brings the entry back as it was logged.
  const record: Record<string, unknown> = entry.action === "delete" ? { id: entry.itemId } : { ...(register.get(entry.itemId) ?? { id: entry.itemId }) };
  for (const [property, change] of Object.entries(entry.changes)) {
    if (change.before === undefined || change.before === null) delete record[property];
    else record[property] = change.before;
  }
  register.set(entry.itemId, record as HistoricArrangement);
}

/**
 * The register as it stood at `asAt`, told from today's register and the audit trail (default framework
 * 5.6): every change logged after that moment is undone, newest first — an update gets its
 * "before" values back, a creation removes the entry, a deletion restores it. Columns the trail
 * never mentions keep today's values. An entry with no "create" in the trail (typed into
 * SharePoint directly) is left out when its item was created after `asAt`.
 */
export function registerAt({ current, audit, asAt }: RegisterAtInput): HistoricArrangement[] {
  const cutoff = time(asAt);
  const entries = appliedEntries(audit);
  const created = new Set(entries.filter((e) => e.action === "create").map((e) => e.itemId));
  const register = new Map<number, HistoricArrangement>();
  const notYet = new Set<number>();
  for (const { arrangement, createdAt } of current) {
    if (!created.has(arrangement.id) && createdAt !== undefined && time(createdAt) > cutoff) notYet.add(arrangement.id);
    else register.set(arrangement.id, { ...arrangement });
  }
  const later = entries.filter((e) => time(e.at) > cutoff && !notYet.has(e.itemId)).reverse();
  for (const entry of later) undo(register, entry);
  return [...register.values()].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "") || a.id - b.id);
}

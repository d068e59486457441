import { describeError } from "../describe-error";
import type { Actor } from "../audit-trail";
import type { ListRepository } from "../list-repository";
import { eq, or } from "../odata";
import type { Arrangement } from "../../domain/records/arrangement";

/** Keys per `$filter`: keeps each request's address well inside what SharePoint accepts. */
const keysPerQuery = 20;

export interface UndoResult {
  removed: number;
  /** Entries this import added that could not be removed: the person must delete these by hand. */
  remaining: { id: number; name: string; why: string }[];
}

/**
 * Removes every register entry this import added — found by the import keys it was writing, not
 * only by the ids it got back, so an entry SharePoint saved before an error (e.g. its audit entry
 * failed) is found too. Each removal is a normal audited delete, with the reason.
 */
export async function undoImport(repository: ListRepository<Arrangement>, importKeys: readonly string[], actor: Actor, reason: string): Promise<UndoResult> {
  const found: { id: number; etag: string; name: string }[] = [];
  for (let start = 0; start < importKeys.length; start += keysPerQuery) {
    const keys = importKeys.slice(start, start + keysPerQuery);
    const rows = await repository.query({ select: ["Title", "ImportKey"], filter: or(...keys.map((k) => eq("ImportKey", k))) });
    found.push(...rows.map((r) => ({ id: r.id, etag: r.etag, name: r.record.name ?? `#${r.id}` })));
  }
  const remaining: UndoResult["remaining"] = [];
  let removed = 0;
  // Newest first, so the register's history reads as the import being taken back in order.
  for (const entry of found.sort((a, b) => b.id - a.id)) {
    try {
      await repository.delete(entry.id, entry.etag, actor, { reason });
      removed += 1;
    } catch (error) {
      remaining.push({ id: entry.id, name: entry.name, why: describeError(error) });
    }
  }
  return { removed, remaining };
}

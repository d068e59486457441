import type { SPFI } from "@pnp/sp";
import type { Actor } from "../audit-trail";
import type { ArrangementRecordList } from "../authorise/arrangement-editors";
import type { RecordOf } from "../lists/record-schemas";
import { recordRepositoryFor } from "../record/record-repository";

/** The lists kept under an arrangement that the record's monitoring forms add to and change. */
export type MonitoringList = Extract<ArrangementRecordList, "Risks" | "Measures" | "BudgetFigures" | "Representatives" | "Interests">;

/** An item as the screen read it: its id and the ETag the officer's change is based on. */
export interface ItemVersion {
  id: number;
  etag: string;
}

/**
 * Adds an item under an arrangement, or changes one with the ETag the screen was showing (a newer
 * save by someone else is a ConcurrencyError naming them; nothing is written). Who may write is
 * the arrangement's editors' rule, enforced in the repository; the audit entry goes with the write.
 */
export async function saveRecordItem<L extends MonitoringList>(
  sp: SPFI,
  list: L,
  existing: ItemVersion | undefined,
  values: Partial<RecordOf<L>>,
  actor: Actor,
  reason?: string,
): Promise<{ id: number; etag: string; changed: boolean }> {
  const repository = recordRepositoryFor(sp, list);
  const options = reason ? { reason } : {};
  if (!existing) {
    const created = await repository.add(values, actor, options);
    return { ...created, changed: true };
  }
  const updated = await repository.update(existing.id, values, existing.etag, actor, options);
  return { id: existing.id, ...updated };
}

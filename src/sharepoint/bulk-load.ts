import type { SPFI } from "@pnp/sp";
import { toSharePointError } from "./errors/to-sharepoint-error";
import type { ListDefinition } from "./lists/list-definition";
import { recordToItem } from "./lists/map-item";

/** SharePoint accepts up to 100 operations in one `$batch`; stay well inside it. */
const batchSize = 50;

/**
 * Loads prepared records into a list in `$batch`es, answering the new item ids in order. For the
 * demo council and other bulk loads whose history is written explicitly: these writes add no
 * audit entries of their own, so nothing else may use this path for an officer's change.
 */
export async function bulkLoad(sp: SPFI, definition: ListDefinition, records: readonly Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = [];
  const list = (s: SPFI) => s.web.lists.getByTitle(definition.title);
  for (let start = 0; start < records.length; start += batchSize) {
    const [batched, execute] = sp.batched();
    const adds = records.slice(start, start + batchSize).map((record) => list(batched).items.add(recordToItem(definition, record)));
    const settled = Promise.allSettled(adds);
    try {
      await execute();
    } catch (error) {
      throw await toSharePointError(error, { listTitle: definition.title });
    }
    for (const outcome of await settled) {
      if (outcome.status === "rejected") throw await toSharePointError(outcome.reason, { listTitle: definition.title });
      ids.push((outcome.value as { Id: number }).Id);
    }
  }
  return ids;
}

import type { SPFI } from "@pnp/sp";
import { toSharePointError } from "./errors/to-sharepoint-error";

/** One read, sent through the batched SPFI it is given: `(b) => risks.within(b).query({...})`. */
export type BatchedRead<R> = (batched: SPFI) => Promise<R>;

/**
 * Related reads in one `$batch` round trip (DESIGN.md "Data"; the register screen's budget is
 * one round trip): an arrangement with its risks, measures, reviews and stages. Each read must
 * start its request before its first `await` — the readers in this folder do — so it is in the
 * batch when it is sent. A query with more pages follows them afterwards, outside the batch.
 */
export async function readTogether<const R extends readonly unknown[]>(sp: SPFI, reads: { [K in keyof R]: BatchedRead<R[K]> }): Promise<R> {
  const [batched, execute] = sp.batched();
  const pending = (reads as readonly BatchedRead<unknown>[]).map((read) => read(batched));
  // Observe every outcome now, so a failing read never rejects unhandled while the batch runs.
  const outcomes = Promise.allSettled(pending);
  try {
    await execute();
  } catch (error) {
    throw await toSharePointError(error);
  }
  const settled = await outcomes;
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw await toSharePointError(failed.reason);
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as R;
}

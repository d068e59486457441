import { lifecycleStates, type LifecycleState } from "../../domain/lifecycle/states";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";

export interface StatusCounts {
  total: number;
  byStatus: Record<LifecycleState, number>;
  /** Rows whose Status column holds something that is not a lifecycle state (typed in SharePoint). */
  unreadable: number;
}

/** How many arrangements are in each state, from the Status column alone. */
export async function countByStatus(sp: Sp): Promise<StatusCounts> {
  const rows = await repositoryFor(sp, "Partnerships").query({ select: ["Status"] });
  const byStatus = Object.fromEntries(lifecycleStates.map((s) => [s, 0])) as Record<LifecycleState, number>;
  let unreadable = 0;
  for (const row of rows) {
    if (row.record.status) byStatus[row.record.status] += 1;
    else unreadable += 1;
  }
  return { total: rows.length, byStatus, unreadable };
}

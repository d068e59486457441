import type { SPFI } from "@pnp/sp";
import type { ApprovalStage } from "../../domain/records/approval-stage";
import { eq } from "../odata";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

/**
 * Stages waiting for people, requested before `before` (an ISO moment). Filtered on the indexed
 * Status column (a register past 5,000 stages still answers); the age is checked here because
 * RequestedAt is not indexed. Inform stages need nothing from anyone and are left out.
 */
export async function pendingStagesRequestedBefore(sp: SPFI, before: string): Promise<ListRow<ApprovalStage>[]> {
  const rows = await repositoryFor(sp, "ApprovalStages").query({ filter: eq("Status", "pending"), select: ["Title", "Arrangement", "StageType", "Status", "RequestedAt", "Assignees"] });
  return rows.filter((r) => r.record.type !== "inform" && r.record.requestedAt !== undefined && r.record.requestedAt < before);
}

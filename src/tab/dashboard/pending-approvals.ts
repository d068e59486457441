import type { ApprovalStage } from "../../domain/records/approval-stage";

export interface PendingApproval {
  stageId: number;
  arrangementId?: number;
  arrangementName: string;
  stage: string;
  type?: ApprovalStage["type"];
  /** The people the stage went to, or its roles in the pack's words when nobody was assigned. */
  waitingFor: string;
  requestedAt?: string;
  /** Whole days since the stage was requested; undefined when the request date is not recorded. */
  daysWaiting?: number;
}

export type PendingStageRow = { id: number; record: Partial<ApprovalStage> };

const msPerDay = 86_400_000;

/**
 * Approval stages that have gone out and are waiting for someone, with how long each has waited,
 * longest wait first. A pending stage with no request date is queued behind an earlier stage of
 * its route: nobody has been asked yet, so it is not waiting on anyone.
 */
export function pendingApprovals(
  stages: readonly PendingStageRow[],
  now: Date,
  arrangementName: (id: number) => string | undefined,
  roleName: (id: string) => string,
): PendingApproval[] {
  return stages
    .filter((s) => s.record.status === "pending" && s.record.requestedAt !== undefined)
    .map(({ id, record }) => {
      const requested = record.requestedAt ? new Date(record.requestedAt) : undefined;
      const people = (record.assignees ?? []).map((p) => p.title ?? `Person ${p.id}`);
      return {
        stageId: id,
        ...(record.arrangementId ? { arrangementId: record.arrangementId } : {}),
        arrangementName: (record.arrangementId && arrangementName(record.arrangementId)) || "Arrangement not recorded",
        stage: record.label ?? `Stage ${id}`,
        ...(record.type ? { type: record.type } : {}),
        waitingFor: people.length ? people.join(", ") : (record.roles ?? []).map(roleName).join(", ") || "Nobody assigned",
        ...(record.requestedAt ? { requestedAt: record.requestedAt } : {}),
        ...(requested && !Number.isNaN(requested.getTime()) ? { daysWaiting: Math.max(0, Math.floor((now.getTime() - requested.getTime()) / msPerDay)) } : {}),
      };
    })
    .sort((a, b) => (b.daysWaiting ?? -1) - (a.daysWaiting ?? -1) || a.arrangementName.localeCompare(b.arrangementName));
}

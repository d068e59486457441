import type { ApprovalStage } from "../../../domain/records/approval-stage";
import { routePurposeOf } from "../../../domain/records/approval-stage";
import { holdsRoleOn } from "../../../domain/records/role-holder";
import { changeManagerRole } from "../../../sharepoint/approvals/people-to-tell";
import type { ArrangementRecord } from "../../../sharepoint/record/read-record";

/**
 * Which meeting stages can be recorded now, and by whom — the rule recordMeeting enforces, used here
 * only to decide whether to offer the form: a pending meeting stage that is the one in turn on its
 * route, recorded by the arrangement's lead officer, the Change Manager (or their delegate), or the
 * person who records the body's meetings (the stage's assignee).
 */
export function meetingRecorders(data: ArrangementRecord, today: string): { stageIds: Set<number>; may: (personId: number, stage: Partial<ApprovalStage>) => boolean } {
  const routes = new Map<string, (typeof data.stages)[number]>();
  for (const row of data.stages) {
    if (row.record.status !== "pending") continue;
    const key = `${routePurposeOf(row.record)}:${row.record.exitId ?? row.record.evaluationId ?? ""}`;
    const held = routes.get(key);
    if (!held || (row.record.order ?? 0) < (held.record.order ?? 0)) routes.set(key, row);
  }
  const stageIds = new Set([...routes.values()].filter((row) => row.record.type === "meeting").map((row) => row.id));
  const lead = data.arrangement.record.leadOfficer?.id;
  const changeManagers = data.roleHolders
    .filter((h) => h.problems.length === 0 && h.record.roleId === changeManagerRole && holdsRoleOn(h.record, today))
    .flatMap((h) => [h.record.person?.id, h.record.delegate?.id])
    .filter((id): id is number => id !== undefined);
  return {
    stageIds,
    may: (personId, stage) => personId === lead || changeManagers.includes(personId) || (stage.assignees ?? []).some((p) => p.id === personId),
  };
}

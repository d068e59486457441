import { holdsRoleOn } from "../../domain/records/role-holder";
import { changeManagerRole } from "../../sharepoint/approvals/people-to-tell";
import type { ArrangementRecord } from "../../sharepoint/record/read-record";

/** States from which an exit can begin (lifecycle `begin-exit`). */
export const exitableStates = ["active", "under-review"];

/**
 * Whether a person may begin this arrangement's exit — the rule beginExit enforces (the lead
 * officer, or the Corporate Change Manager or their delegate), used here only to offer the action.
 */
export function mayBeginExit(data: ArrangementRecord, personId: number, today: string): boolean {
  if (data.arrangement.record.leadOfficer?.id === personId) return true;
  return data.roleHolders.some(
    (h) => h.problems.length === 0 && h.record.roleId === changeManagerRole && holdsRoleOn(h.record, today) && (h.record.person?.id === personId || h.record.delegate?.id === personId),
  );
}

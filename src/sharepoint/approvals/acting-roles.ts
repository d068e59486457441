import type { ApprovalStage } from "../../domain/records/approval-stage";
import type { PersonRef } from "../../domain/records/person-ref";
import { holdsRoleOn, type RoleHolder } from "../../domain/records/role-holder";

/** One way a person may act on a stage: as an assignee holding `role`, or as that assignee's delegate. */
export interface ActingAs {
  role: string;
  /** The assignee whose place on the stage this is. */
  assignee: PersonRef;
  /** Set when a delegate acts (RoleHolders `delegate`); decisions are recorded as on their behalf. */
  onBehalfOf?: PersonRef;
}

type StageShape = Pick<ApprovalStage, "roles" | "assignees">;
type Holder = Partial<RoleHolder>;

/**
 * Which role each assignee holds on the stage. The stage's assignees were resolved from the
 * RoleHolders list when it was created, so the list names each one's role; where it no longer
 * does (a holder's row since edited), one role per assignee in route order is assumed, and a lone
 * role belongs to every assignee.
 */
export function rolesOfAssignees(stage: StageShape, holders: readonly Holder[], day: string): Map<number, string[]> {
  const roles = stage.roles ?? [];
  const assignees = stage.assignees ?? [];
  const out = new Map<number, string[]>();
  assignees.forEach((person, index) => {
    const held = roles.filter((role) =>
      holders.some((h) => h.roleId === role && h.person?.id === person.id && holdsRoleOn(h, day)),
    );
    const fallback = roles.length === 1 ? roles : roles.length === assignees.length && roles[index] ? [roles[index]] : [];
    out.set(person.id, held.length > 0 ? held : fallback);
  });
  return out;
}

/** The assignees who hold `role` on the stage. */
export function assigneesInRole(stage: StageShape, holders: readonly Holder[], day: string, role: string): PersonRef[] {
  const roles = rolesOfAssignees(stage, holders, day);
  return (stage.assignees ?? []).filter((p) => roles.get(p.id)?.includes(role));
}

/**
 * Every way `actorId` may act on the stage on `day`: directly as an assignee, or as the recorded
 * delegate of an assignee for one of the stage's roles. Empty means the person has no part in it.
 */
export function actingRoles(stage: StageShape, holders: readonly Holder[], actorId: number, day: string): ActingAs[] {
  const roles = rolesOfAssignees(stage, holders, day);
  const out: ActingAs[] = [];
  for (const assignee of stage.assignees ?? []) {
    const held = roles.get(assignee.id) ?? [];
    if (assignee.id === actorId) {
      out.push(...held.map((role) => ({ role, assignee })));
      continue;
    }
    for (const role of held) {
      const delegated = holders.some(
        (h) => h.roleId === role && h.person?.id === assignee.id && h.delegate?.id === actorId && holdsRoleOn(h, day),
      );
      if (delegated) out.push({ role, assignee, onBehalfOf: assignee });
    }
  }
  return out;
}

import type { PersonRef } from "../../domain/records/person-ref";
import { holdsRoleOn } from "../../domain/records/role-holder";
import type { StageContext } from "./stage-context";

/** The register owner's role id in every built-in pack (DOMAIN.md "Who uses it"). */
export const changeManagerRole = "change-manager";

export const changeManagersOn = (context: Pick<StageContext, "holders">, day: string): PersonRef[] =>
  context.holders
    .filter((h) => h.problems.length === 0 && h.record.roleId === changeManagerRole && h.record.person && holdsRoleOn(h.record, day))
    .map((h) => h.record.person as PersonRef);

/**
 * Who is told of every decision (DESIGN.md "Approvals and cards"): the lead officer and the
 * Corporate Change Manager — once each, and not the person who has just decided.
 */
export function peopleToTell(context: Pick<StageContext, "holders" | "arrangement">, day: string, actorId: number): PersonRef[] {
  const lead = context.arrangement.record.leadOfficer;
  const people = [...(lead ? [lead] : []), ...changeManagersOn(context, day)];
  const seen = new Set<number>();
  return people.filter((p) => p.id !== actorId && !seen.has(p.id) && seen.add(p.id));
}

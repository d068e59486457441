import { holdsRoleOn, type RoleHolder } from "../../domain/records/role-holder";

/** The pack role id of the register's owner; every built-in pack declares it under this id. */
export const changeManagerRoleId = "change-manager";

/** Said whenever the rule says no, in the tab and from the repository alike. */
export const editorRefusal = "Only the lead officer, the sponsoring officer or the Change Manager can change this arrangement.";

/** Why a person may change an arrangement's record. */
export type EditorStanding = "lead-officer" | "sponsoring-officer" | "change-manager";

export interface ArrangementOwners {
  leadOfficerId?: number;
  sponsoringOfficerId?: number;
}

export type RoleHolderFacts = Pick<RoleHolder, "roleId" | "person" | "delegate" | "activeFrom" | "activeTo">;

/**
 * Who may edit an arrangement and the records kept under it (risks, measures, budget, people,
 * reviews, exits): its lead officer and its sponsoring officer keep their own records current
 * (default framework 4.8; partnership protocol 2.16), and the Corporate Change Manager, who maintains the whole
 * register (default framework 5.9, 6.7), may edit any. A Change Manager's named delegate acts for them
 * while they hold the role (RoleHolders "delegate"). Pure, so the tab and the repository share it.
 */
export function editorStanding(
  owners: ArrangementOwners,
  personId: number,
  holders: readonly RoleHolderFacts[],
  today: string,
): EditorStanding | undefined {
  if (owners.leadOfficerId === personId) return "lead-officer";
  if (owners.sponsoringOfficerId === personId) return "sponsoring-officer";
  const holdsChangeManager = holders.some(
    (h) => h.roleId === changeManagerRoleId && holdsRoleOn(h, today) && (h.person.id === personId || h.delegate?.id === personId),
  );
  return holdsChangeManager ? "change-manager" : undefined;
}

/** Today's calendar day in the UK, where the council's role dates are kept. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

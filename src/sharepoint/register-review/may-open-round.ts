import type { SPFI } from "@pnp/sp";
import { holdsRoleOn } from "../../domain/records/role-holder";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { siteToday } from "../roles/site-today";
import { currentUser } from "../site-users";

/**
 * Whether the person signed in may open a round: the Change Manager or their delegate today. Only
 * decides what the screen offers; openRegisterReviewRound checks again where it writes.
 */
export async function mayOpenRound(sp: SPFI): Promise<boolean> {
  const [me, holders] = await readTogether(sp, [
    (b) => currentUser(b),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "ActiveFrom", "ActiveTo"], filter: eq("Title", "change-manager") }),
  ] as const);
  const today = siteToday();
  return holders.some(({ record, problems }) => problems.length === 0 && holdsRoleOn(record, today) && (record.person?.id === me.id || record.delegate?.id === me.id));
}

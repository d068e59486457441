import type { SPFI } from "@pnp/sp";
import type { RoleHolder } from "../../domain/records/role-holder";
import { holdsRoleOn } from "../../domain/records/role-holder";
import { PermissionError } from "../errors/permission-error";
import type { WriteRequest } from "../list-repository";
import { eq } from "../odata";
import { readTogether, type BatchedRead } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import { currentUser } from "../site-users";
import { siteToday } from "./site-today";

/**
 * An `authorise` rule for a repository: the write goes ahead only when it is made in the name of
 * the person signed in, and they hold `roleId` today in the RoleHolders list (or act as its
 * delegate). Enforced here, where data is written, not only by hiding buttons (DESIGN.md
 * "Identity"). Who is signed in and the holders are read in one `$batch`.
 */
export function requireRole(sp: SPFI, roleId: string, refusal: string): (request: WriteRequest) => Promise<void> {
  return async (request) => {
    const holdersRead: BatchedRead<ListRow<RoleHolder>[]> = (b) =>
      repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "ActiveFrom", "ActiveTo"], filter: eq("Title", roleId) });
    const [me, rows] = await readTogether(sp, [(b) => currentUser(b), holdersRead] as const);
    if (me.id !== request.actor.id) {
      throw PermissionError.refused("This change was made in someone else's name, so nothing was saved. Reload the page and try again as yourself.");
    }
    const today = siteToday();
    const allowed = rows.some(
      ({ record, problems }) => problems.length === 0 && holdsRoleOn(record, today) && (record.person?.id === me.id || record.delegate?.id === me.id),
    );
    if (!allowed) throw PermissionError.refused(refusal);
  };
}

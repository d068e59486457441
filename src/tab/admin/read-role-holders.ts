import type { RoleHolder } from "../../domain/records/role-holder";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";

export interface RoleHolderRow {
  id: number;
  record: Partial<RoleHolder>;
  problems: string[];
}

/** Who holds each role the approval routes resolve to, with their delegates and dates. */
export async function readRoleHolders(sp: Sp): Promise<RoleHolderRow[]> {
  const rows = await repositoryFor(sp, "RoleHolders").query({
    select: ["Title", "Person", "Delegate", "ActiveFrom", "ActiveTo"],
    orderBy: [{ field: "Title" }],
  });
  return rows.map((row) => ({ id: row.id, record: row.record, problems: row.problems.map((p) => `${p.field}: ${p.message}`) }));
}

import type { SPFI } from "@pnp/sp";
import type { Directorate, Portfolio } from "../../domain/records/reference-data";
import type { RoleHolder } from "../../domain/records/role-holder";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

export interface RoleHoldersData {
  holders: ListRow<RoleHolder>[];
  portfolios: ListRow<Portfolio>[];
  directorates: ListRow<Directorate>[];
}

/** The role holders with the portfolios and directorates their scope names, in one `$batch`. */
export async function readRoleHolders(sp: SPFI): Promise<RoleHoldersData> {
  const [holders, portfolios, directorates] = await readTogether(sp, [
    (b) =>
      repositoryFor(sp, "RoleHolders")
        .within(b)
        .query({ select: ["Title", "Person", "Portfolio", "Directorate", "Delegate", "ActiveFrom", "ActiveTo"], orderBy: [{ field: "Title" }] }),
    (b) => repositoryFor(sp, "Portfolios").within(b).query({ select: ["Title", "Active"] }),
    (b) => repositoryFor(sp, "Directorates").within(b).query({ select: ["Title", "Active"] }),
  ] as const);
  return { holders, portfolios, directorates };
}

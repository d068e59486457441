import type { SPFI } from "@pnp/sp";
import type { ApprovalStage } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Directorate } from "../../domain/records/reference-data";
import type { RoleHolder } from "../../domain/records/role-holder";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

export interface DashboardData {
  arrangements: ListRow<Arrangement>[];
  /** Approval stages still waiting for someone (Status is indexed, so this filter scales). */
  pendingStages: ListRow<ApprovalStage>[];
  directorates: ListRow<Directorate>[];
  roleHolders: ListRow<RoleHolder>[];
}

/**
 * Everything the dashboard shows, in ONE `$batch` round trip (DESIGN.md "Data"): the register's
 * counting columns, the pending approval stages, the directorates' names and the role holders
 * (for the role-gap warning). Only the columns the dashboard counts or shows are selected.
 */
export async function readDashboard(sp: SPFI): Promise<DashboardData> {
  const [arrangements, pendingStages, directorates, roleHolders] = await readTogether(sp, [
    (b) =>
      repositoryFor(sp, "Partnerships")
        .within(b)
        .query({ select: ["Title", "Kind", "Category", "Status", "Directorate", "CouncilContribution", "NextReviewDue", "LeadOfficer"] }),
    (b) =>
      repositoryFor(sp, "ApprovalStages")
        .within(b)
        .query({ select: ["Title", "Arrangement", "StageType", "Roles", "Assignees", "Status", "RequestedAt"], filter: eq("Status", "pending") }),
    (b) => repositoryFor(sp, "Directorates").within(b).query({ select: ["Title", "Active"] }),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "ActiveFrom", "ActiveTo"] }),
  ] as const);
  return { arrangements, pendingStages, directorates, roleHolders };
}

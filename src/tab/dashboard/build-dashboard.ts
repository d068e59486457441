import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { findRoleGaps, rolesInRoutes, type RoleGap } from "../../domain/roles/find-role-gaps";
import type { DashboardData } from "../../sharepoint/dashboard/read-dashboard";
import { countArrangements, type ArrangementCounts } from "./count-arrangements";
import { moneyByDirectorate, type MoneyCommitted } from "./money-by-directorate";
import { pendingApprovals, type PendingApproval } from "./pending-approvals";
import { reviewsDue, type ReviewDue } from "./reviews-due";

export interface DashboardView {
  counts: ArrangementCounts;
  reviews: ReviewDue[];
  approvals: PendingApproval[];
  money: MoneyCommitted;
  gaps: RoleGap[];
  /** Days after which a pending stage is chased (the pack's reminder rule), if the pack sets one. */
  chaseAfterDays?: number;
}

/** Turns the dashboard's one batched read into what it shows, in the council's policy's words. */
export function buildDashboard(data: DashboardData, pack: PolicyPack, today: string, now: Date): DashboardView {
  const directorates = new Map(data.directorates.map((d) => [d.id, d.record.name]));
  const directorateName = (id: number) => directorates.get(id);
  const arrangements = data.arrangements.map((row) => ({ ...row.record, id: row.id }));
  const names = new Map(arrangements.map((a) => [a.id, a.name]));
  const roleName = (id: string) => pack.roles.find((r) => r.id === id)?.name ?? id;
  const holders = data.roleHolders.filter((r) => r.problems.length === 0).map((r) => r.record);
  const chase = pack.reviews.reminders?.pendingStageDays;
  return {
    counts: countArrangements(arrangements, pack, directorateName),
    reviews: reviewsDue(arrangements, today),
    approvals: pendingApprovals(data.pendingStages, now, (id) => names.get(id), roleName),
    money: moneyByDirectorate(arrangements, directorateName),
    gaps: findRoleGaps(pack, holders, today, rolesInRoutes(pack)),
    ...(chase !== undefined ? { chaseAfterDays: chase } : {}),
  };
}

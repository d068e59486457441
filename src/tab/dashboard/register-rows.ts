import type { Arrangement } from "../../domain/records/arrangement";

/** A register row as the dashboard counts it: whatever could be read, and its item id. */
export type DashboardArrangement = Partial<Pick<Arrangement, "name" | "kind" | "category" | "status" | "directorateId" | "councilContribution" | "nextReviewDue" | "leadOfficer">> & {
  id: number;
};

/** Not ended, rejected, screened out or withdrawn: what the council is involved in or considering now. */
export const isCurrent = (a: DashboardArrangement): boolean => a.status !== undefined && !["ended", "rejected", "screened-out", "withdrawn"].includes(a.status);

/** Running, with council money going in: active, under review or being exited. */
export const isInOperation = (a: DashboardArrangement): boolean => a.status === "active" || a.status === "under-review" || a.status === "exiting";

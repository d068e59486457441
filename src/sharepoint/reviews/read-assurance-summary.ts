import type { SPFI } from "@pnp/sp";
import { assuranceSummary, type AssuranceSummary } from "../../domain/governance-rating/assurance-summary";
import { governanceAssuranceId } from "../../domain/review-calendar/review-calendar";
import { eq, or } from "../odata";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { monitoredStates } from "./monitored-states";

const lookupTitle = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && typeof (value as { Title?: unknown }).Title === "string" ? (value as { Title: string }).Title : undefined;

/**
 * The governance-assurance summary for `year`'s Annual Governance Statement, from the register
 * (arrangements being monitored) and the Reviews list, in one `$batch` after the policy.
 */
export async function readAssuranceSummary(sp: SPFI, year: number): Promise<AssuranceSummary> {
  const { pack } = await readActivePolicy(sp);
  const [arrangements, reviews] = await readTogether(sp, [
    (b) =>
      repositoryFor(sp, "Partnerships")
        .within(b)
        .query({ select: ["Title", "Status", "StartDate", "Directorate", "LeadOfficer"], filter: or(...monitoredStates.map((s) => eq("Status", s))) }),
    (b) => repositoryFor(sp, "Reviews").within(b).query({ filter: eq("ReviewTypeId", governanceAssuranceId) }),
  ] as const);
  const summaryArrangements = arrangements.map((row) => {
    const directorate = lookupTitle(row.raw.Directorate);
    return {
      id: row.id,
      name: row.record.name ?? `Arrangement ${row.id}`,
      ...(row.record.startDate ? { startDate: row.record.startDate } : {}),
      ...(directorate ? { directorate } : {}),
      ...(row.record.leadOfficer ? { leadOfficer: row.record.leadOfficer } : {}),
    };
  });
  return assuranceSummary(pack, year, summaryArrangements, reviews.map((r) => ({ ...r.record, id: r.id })));
}

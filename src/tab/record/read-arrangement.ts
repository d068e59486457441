import type { Arrangement } from "../../domain/records/arrangement";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";

export interface ArrangementSummary {
  id: number;
  record: Partial<Arrangement>;
  problems: string[];
}

/** One arrangement's headline facts; the record feature will read the rest in one batch. */
export async function readArrangement(sp: Sp, id: number): Promise<ArrangementSummary> {
  const row = await repositoryFor(sp, "Partnerships").getById(id, [
    "Title",
    "Kind",
    "Subtype",
    "Category",
    "Status",
    "StatusReason",
    "Purpose",
    "LeadOfficer",
    "NextReviewDue",
  ]);
  return { id: row.id, record: row.record, problems: row.problems.map((p) => `${p.field}: ${p.message}`) };
}

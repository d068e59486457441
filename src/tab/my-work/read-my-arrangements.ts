import { eq } from "../../sharepoint/odata";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";
import type { ArrangementRow } from "../ui/arrangements-table";

/**
 * Arrangements the person leads, matched on the lead officer's e-mail (the one identity both the
 * tenant's token and the local stand-in give us). LeadOfficer is an indexed column, so this
 * filter keeps working past the list view threshold.
 */
export async function readMyArrangements(sp: Sp, email: string): Promise<ArrangementRow[]> {
  const rows = await repositoryFor(sp, "Partnerships").query({
    select: ["Title", "Kind", "Category", "Status"],
    filter: eq("LeadOfficer/EMail", email),
    orderBy: [{ field: "Title" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.record.name,
    kind: row.record.kind,
    category: row.record.category,
    status: row.record.status,
    problems: row.problems.map((p) => p.message),
  }));
}

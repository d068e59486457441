import type { ArrangementRow } from "../ui/arrangements-table";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";

export type RegisterEntry = ArrangementRow;

/** The register's rows: only the columns the table shows, in name order, in one request per page. */
export async function readRegister(sp: Sp): Promise<RegisterEntry[]> {
  const rows = await repositoryFor(sp, "Partnerships").query({
    select: ["Title", "Kind", "Category", "Status"],
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

import type { SPFI } from "@pnp/sp";
import { auditLogFor, repositoryFor } from "../repositories";
import type { ListDefinition } from "../lists/list-definition";
import { recordSchemas, type ListTitle } from "../lists/record-schemas";
import { readTogether, type BatchedRead } from "../read-together";
import type { ListRow } from "../read-row";

export interface DataProblem {
  listTitle: ListTitle;
  itemId: number;
  /** The item's Title as typed (or its id, when the title itself is the problem). */
  itemTitle: string;
  /** The column's display name, as the Change Manager sees it in SharePoint ("(item)" for the row). */
  column: string;
  message: string;
}

const listTitles = Object.keys(recordSchemas) as ListTitle[];

function readerFor(sp: SPFI, title: ListTitle) {
  return title === "AuditLog" ? auditLogFor(sp) : repositoryFor(sp, title);
}

/**
 * Every row, in every list, that could not be read cleanly, with what is wrong in plain English
 * (DESIGN.md "Data": a badly typed row is shown and flagged, never silently fixed). All lists are
 * read in ONE `$batch`; each list's further pages follow afterwards.
 */
export async function readDataProblems(sp: SPFI): Promise<DataProblem[]> {
  const reads = listTitles.map((title): BatchedRead<{ definition: ListDefinition; rows: ListRow<unknown>[] }> => (b) => {
    const reader = readerFor(sp, title).within(b);
    const rows = reader.query() as Promise<ListRow<unknown>[]>;
    return rows.then((found) => ({ definition: reader.definition, rows: found }));
  });
  const lists = await readTogether(sp, reads);
  return lists.flatMap(({ definition, rows }) =>
    rows.flatMap((row) =>
      row.problems.map((problem) => ({
        listTitle: definition.title as ListTitle,
        itemId: row.id,
        itemTitle: typeof row.raw.Title === "string" && row.raw.Title.trim() ? row.raw.Title : `Item ${row.id}`,
        column: problem.field === "(item)" ? "(the whole item)" : (definition.fields.find((f) => f.property === problem.field)?.displayName ?? problem.field),
        message: problem.message,
      })),
    ),
  );
}

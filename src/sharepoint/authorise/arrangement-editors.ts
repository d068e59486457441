import type { SPFI } from "@pnp/sp";
import type { RoleHolder } from "../../domain/records/role-holder";
import type { Arrangement } from "../../domain/records/arrangement";
import { PermissionError } from "../errors/permission-error";
import type { WriteRequest } from "../list-repository";
import { eq } from "../odata";
import { readTogether, type BatchedRead } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import { currentUser } from "../site-users";
import { changeManagerRoleId, editorRefusal, editorStanding, ukToday, type ArrangementOwners } from "./editor-rule";

/** The lists that make up an arrangement's record: its register entry and what is kept under it. */
export const arrangementRecordLists = ["Partnerships", "Risks", "Measures", "BudgetFigures", "Representatives", "Interests", "Reviews", "Exits"] as const;
export type ArrangementRecordList = (typeof arrangementRecordLists)[number];

const isRecordList = (title: string): title is ArrangementRecordList => (arrangementRecordLists as readonly string[]).includes(title);

const personId = (value: unknown): number | undefined =>
  typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "number" ? (value as { id: number }).id : undefined;

/** A person SharePoint could not expand (they left the site) still owns the record by their stored id. */
function ownersOf(row: ListRow<Arrangement>): ArrangementOwners {
  const stored = (name: string) => (typeof row.raw[`${name}Id`] === "number" ? (row.raw[`${name}Id`] as number) : undefined);
  const leadOfficerId = row.record.leadOfficer?.id ?? stored("LeadOfficer");
  const sponsoringOfficerId = row.record.sponsoringOfficer?.id ?? stored("SponsoringOfficer");
  return { ...(leadOfficerId ? { leadOfficerId } : {}), ...(sponsoringOfficerId ? { sponsoringOfficerId } : {}) };
}

/** Which arrangements a write touches: for a child item, the one it is under now and any it moves to. */
async function arrangementsTouched(sp: SPFI, request: WriteRequest & { listTitle: ArrangementRecordList }): Promise<number[]> {
  if (request.listTitle === "Partnerships") return request.itemId ? [request.itemId] : [];
  const ids = new Set<number>();
  if (request.itemId) {
    const child = await repositoryFor(sp, request.listTitle).getById(request.itemId, ["Arrangement"]);
    const under = (child.record as { arrangementId?: number }).arrangementId;
    if (under) ids.add(under);
  }
  if (typeof request.changes.arrangementId === "number") ids.add(request.changes.arrangementId);
  if (ids.size === 0) throw PermissionError.refused("This record is not linked to an arrangement, so no one can be sure who may change it. Ask the Change Manager.");
  return [...ids];
}

/**
 * The repository's `authorise` hook for an arrangement's record (DESIGN.md "Identity":
 * authorisation is enforced where data is written). A write goes ahead only when the person it is
 * made for is the one signed in, and is the arrangement's lead officer or sponsoring officer, or
 * holds the Change Manager role today. Everything it needs is read in one `$batch`.
 *
 * This is the product's rule. In a tenant, SharePoint's own item permissions remain the backstop
 * against someone calling the REST API directly, which no code in the tab can prevent.
 */
export function arrangementEditors(sp: SPFI, options: { today?: () => string } = {}): (request: WriteRequest) => Promise<void> {
  const today = options.today ?? (() => ukToday());
  return async (request) => {
    const { listTitle } = request;
    if (!isRecordList(listTitle)) throw new Error(`arrangementEditors decides writes to an arrangement's record, not to ${listTitle}`);
    const ids = await arrangementsTouched(sp, { ...request, listTitle });
    const holdersRead: BatchedRead<ListRow<RoleHolder>[]> = (b) =>
      repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "ActiveFrom", "ActiveTo"], filter: eq("Title", changeManagerRoleId) });
    const ownerReads = ids.map((id): BatchedRead<ListRow<Arrangement>> => (b) => repositoryFor(sp, "Partnerships").within(b).getById(id, ["LeadOfficer", "SponsoringOfficer"]));
    const [me, holderRows, ...arrangements] = await readTogether(sp, [(b) => currentUser(b), holdersRead, ...ownerReads] as const);
    if (me.id !== request.actor.id) {
      throw PermissionError.refused("This change was made in someone else's name, so nothing was saved. Reload the page and try again as yourself.");
    }
    const holders = holderRows.flatMap((r) => (r.record.roleId && r.record.person ? [{ ...r.record, roleId: r.record.roleId, person: r.record.person }] : []));
    const proposed: ArrangementOwners[] =
      listTitle === "Partnerships" && request.action === "create"
        ? [{ leadOfficerId: personId(request.changes.leadOfficer), sponsoringOfficerId: personId(request.changes.sponsoringOfficer) }]
        : [];
    for (const owners of [...arrangements.map(ownersOf), ...proposed]) {
      if (!editorStanding(owners, me.id, holders, today())) throw PermissionError.refused(editorRefusal);
    }
  };
}

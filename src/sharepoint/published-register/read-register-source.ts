import type { SPFI } from "@pnp/sp";
import type { RegisterSource } from "../../register-files/register-source";
import { getListDefinition } from "../lists/load-list-definitions";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import type { ActivePolicy } from "../read-active-policy";

/** Partnerships columns the list definition marks confidential (ConfidentialNotes …). */
export const listConfidentialFields = (): string[] =>
  getListDefinition("Partnerships").fields.filter((f) => f.confidential).map((f) => f.internalName);

/**
 * Everything the register's columns need, in one `$batch`: the register and its directorates,
 * representatives, risks and reviews. For the published register the confidential columns are
 * not even read, so they cannot leak through a mistake further on.
 */
export async function readRegisterSource(sp: SPFI, active: ActivePolicy, published: boolean): Promise<Omit<RegisterSource, "council" | "asOf">> {
  const confidential = new Set([...listConfidentialFields(), ...active.pack.publication.confidentialFields]);
  const partnerships = repositoryFor(sp, "Partnerships");
  const columns = partnerships.definition.fields.map((f) => f.internalName).filter((name) => !published || !confidential.has(name));
  const [register, directorates, representatives, risks, reviews] = await readTogether(sp, [
    (b) => partnerships.within(b).query({ select: columns, orderBy: [{ field: "Title" }] }),
    (b) => repositoryFor(sp, "Directorates").within(b).query({ select: ["Title"] }),
    (b) => repositoryFor(sp, "Representatives").within(b).query({ select: ["Title", "Arrangement", "RepresentativeRole", "TermEnd"] }),
    (b) => repositoryFor(sp, "Risks").within(b).query({ select: ["Title", "Arrangement", "Likelihood", "Impact", "Status"] }),
    (b) => repositoryFor(sp, "Reviews").within(b).query({ select: ["Arrangement", "DueDate", "Status", "CompletedAt"] }),
  ] as const);
  return {
    pack: active.pack,
    entries: register.map((row) => ({ arrangement: { ...row.record, id: row.id }, unreadable: row.problems.map((p) => p.field) })),
    directorates: directorates.map((row) => ({ ...row.record, id: row.id })),
    representatives: representatives.map((row) => row.record),
    risks: risks.map((row) => row.record),
    reviews: reviews.map((row) => row.record),
    listConfidentialFields: listConfidentialFields(),
  };
}

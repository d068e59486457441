import type { LifecycleState } from "../../domain/lifecycle/states";
import type { SimilarityCandidate } from "../../domain/similarity/find-similar";
import { repositoryFor } from "../../sharepoint/repositories";
import type { Sp } from "../lib/session/session-sp";

export interface MatchCandidate extends SimilarityCandidate {
  status?: LifecycleState;
  kind?: string;
}

/**
 * The register as the similarity matcher needs it: names, partners and purposes, read once when
 * the form opens so matching while typing costs no requests. Rows with unreadable partners still
 * take part by name and purpose.
 */
export async function readMatchCandidates(sp: Sp): Promise<MatchCandidate[]> {
  const rows = await repositoryFor(sp, "Partnerships").query({ select: ["Title", "Kind", "Status", "Partners", "Purpose"] });
  return rows.map(({ id, record }) => ({
    id,
    name: record.name ?? `Arrangement ${id}`,
    partners: (record.partners ?? []).map((p) => p.name),
    ...(record.purpose ? { purpose: record.purpose } : {}),
    ...(record.status ? { status: record.status } : {}),
    ...(record.kind ? { kind: record.kind } : {}),
  }));
}

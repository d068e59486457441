import type { SPFI } from "@pnp/sp";
import { repositoryFor } from "../repositories";

export interface StoredPolicy {
  itemId: number;
  packId?: string;
  version?: string;
  active?: boolean;
  modified?: string;
  problems: string[];
}

/** The packs kept in the Policies list (without their JSON), newest change first: the pack's history on this site. */
export async function readStoredPolicies(sp: SPFI): Promise<StoredPolicy[]> {
  const rows = await repositoryFor(sp, "Policies").query({ select: ["Title", "PackVersion", "Active", "Modified"], orderBy: [{ field: "Modified", ascending: false }] });
  return rows.map((row) => ({
    itemId: row.id,
    ...(row.record.packId ? { packId: row.record.packId } : {}),
    ...(row.record.version ? { version: row.record.version } : {}),
    ...(row.record.active !== undefined ? { active: row.record.active } : {}),
    ...(typeof row.raw.Modified === "string" ? { modified: row.raw.Modified } : {}),
    problems: row.problems.map((p) => p.message),
  }));
}

import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import { eq } from "./odata";
import type { createSp } from "./create-sp";
import { repositoryFor } from "./repositories";

export interface ActivePolicy {
  pack: PolicyPack;
  /** Where it came from: the site's Policies list, or the product's default when the list has none. */
  source: "site" | "built-in";
  /** The Policies item, when it came from the site. */
  itemId?: number;
  /** Why a stored pack could not be used (shown to the Change Manager, never hidden). */
  problems: string[];
}

/**
 * The council's policy pack in use: the active row of the Policies list (the Change Manager may
 * edit it there). A stored pack that does not parse is reported and the product falls back to
 * the built-in default, so a typo in the list never stops officers working.
 */
export async function readActivePolicy(sp: ReturnType<typeof createSp>): Promise<ActivePolicy> {
  const rows = await repositoryFor(sp, "Policies").query({ filter: eq("Active", true), orderBy: [{ field: "Modified", ascending: false }] });
  const problems: string[] = rows.length > 1 ? [`${rows.length} policies are marked active; the most recently changed usable one is used.`] : [];
  for (const row of rows) {
    if (row.problems.length === 0 && row.record.pack) {
      return { pack: row.record.pack as PolicyPack, source: "site", itemId: row.id, problems };
    }
    problems.push(`Policies item ${row.id}: ${row.problems.map((p) => p.message).join("; ")}`);
  }
  // The four built-in packs are ~20 KB gzip: fetched only when the site has no usable policy, so a
  // configured council's register never waits for them.
  const { defaultPackId, getBuiltInPack } = await import("../policy/built-in-packs");
  const fallback = getBuiltInPack(defaultPackId)!;
  if (rows.length === 0) problems.push(`No policy is marked active in the Policies list; the built-in ${fallback.name} pack is used.`);
  return { pack: fallback, source: "built-in", problems };
}

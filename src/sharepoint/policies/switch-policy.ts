import type { SPFI } from "@pnp/sp";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Actor } from "../audit-trail";
import { PermissionError } from "../errors/permission-error";
import { eq } from "../odata";
import { repositoryFor } from "../repositories";
import { requireRole } from "../roles/require-role";

export interface SwitchResult {
  /** The Policies item now active. */
  itemId: number;
  /** True when the pack was not stored on the site before and a new item was added. */
  added: boolean;
  /** The packs that were active before and are not any more. */
  deactivated: { itemId: number; packId?: string; version?: string }[];
}

const refusal = "Only the Corporate Change Manager can change the council's policy pack. Ask them to make the switch.";

/**
 * Makes `pack` the council's policy (DESIGN.md "Policy packs": the pack lives in the tenant, with
 * a version every evaluation records). The pack's id and version find its Policies item; a new
 * one is added if it is not stored yet. It is marked active first and the old ones inactive after,
 * so the register is never without a policy between the two writes. Every write is audited and
 * carries its item's ETag; only the Change Manager may do this.
 */
export async function switchPolicy(sp: SPFI, pack: PolicyPack, actor: Actor, reason?: string): Promise<SwitchResult> {
  const policies = repositoryFor(sp, "Policies", { authorise: requireRole(sp, "change-manager", refusal) });
  const options = reason ? { reason } : {};
  const stored = await policies.query({ select: ["Title", "PackVersion", "PackJson", "Active"], filter: eq("Title", pack.id) });
  const same = stored.find((row) => row.record.version === pack.version);
  if (same?.record.pack && JSON.stringify(same.record.pack) !== JSON.stringify(pack)) {
    throw PermissionError.refused(
      `The site already keeps ${pack.name} version ${pack.version} with different rules. Give the new pack a new version number, so evaluations can say which rules judged them.`,
    );
  }
  let itemId: number;
  let added = false;
  if (same && same.problems.length === 0) {
    await policies.update(same.id, { active: true }, same.etag, actor, options);
    itemId = same.id;
  } else {
    ({ id: itemId } = await policies.add({ packId: pack.id, version: pack.version, pack, active: true }, actor, options));
    added = true;
  }
  const active = await policies.query({ select: ["Title", "PackVersion", "Active"], filter: eq("Active", true) });
  const deactivated: SwitchResult["deactivated"] = [];
  for (const row of active) {
    if (row.id === itemId) continue;
    await policies.update(row.id, { active: false }, row.etag, actor, options);
    deactivated.push({ itemId: row.id, ...(row.record.packId ? { packId: row.record.packId } : {}), ...(row.record.version ? { version: row.record.version } : {}) });
  }
  return { itemId, added, deactivated };
}

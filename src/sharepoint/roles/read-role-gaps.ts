import type { SPFI } from "@pnp/sp";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { findRoleGaps, type RoleGap } from "../../domain/roles/find-role-gaps";
import { repositoryFor } from "../repositories";
import { siteToday } from "./site-today";

export type { RoleGap } from "../../domain/roles/find-role-gaps";

export interface RoleGapsOptions {
  /** Only these pack roles (the ones a screen needs); every role of the pack when left out. */
  roles?: readonly string[];
  /** The day to check; today in the council's time zone by default. */
  day?: string;
}

/**
 * Roles of the pack that nobody holds today, read from the RoleHolders list with only the columns
 * the check needs. A holder row the Change Manager typed badly (no person, bad dates) does not
 * count as holding the role: the gap shows, and the Admin page says what is wrong with the row.
 */
export async function readRoleGaps(sp: SPFI, pack: Pick<PolicyPack, "roles">, options: RoleGapsOptions = {}): Promise<RoleGap[]> {
  const rows = await repositoryFor(sp, "RoleHolders").query({ select: ["Title", "Person", "ActiveFrom", "ActiveTo"] });
  const usable = rows.filter((r) => r.problems.length === 0).map((r) => r.record);
  return findRoleGaps(pack, usable, options.day ?? siteToday(), options.roles);
}

import type { PolicyPack } from "../policy-pack/pack-schema";
import { holdsRoleOn, type RoleHolder } from "../records/role-holder";

export interface RoleGap {
  roleId: string;
  /** The pack's own name for the role ("Section 151 Officer"). */
  name: string;
  type: "person" | "body";
}

/**
 * The pack's roles nobody holds on `day` (DOMAIN.md "Approval routes": a route stage resolves its
 * roles to people through the role holders, so a role with no holder stops every stage that needs
 * it). `only` narrows the check to the roles one screen needs; unknown role ids there are ignored,
 * since the pack decides which roles exist.
 */
export function findRoleGaps(
  pack: Pick<PolicyPack, "roles">,
  holders: readonly Partial<Pick<RoleHolder, "roleId" | "person" | "activeFrom" | "activeTo">>[],
  day: string,
  only?: readonly string[],
): RoleGap[] {
  const held = new Set(holders.filter((h) => h.roleId && h.person && holdsRoleOn(h, day)).map((h) => h.roleId));
  const wanted = only ? new Set(only) : undefined;
  return pack.roles
    .filter((role) => (!wanted || wanted.has(role.id)) && !held.has(role.id))
    .map((role) => ({ roleId: role.id, name: role.name, type: role.type }));
}

/** Every role a pack's approval routes and exit decisions involve: the roles a missing holder blocks. */
export function rolesInRoutes(pack: Pick<PolicyPack, "routes" | "exit">): string[] {
  const ids = new Set<string>();
  for (const route of pack.routes) for (const stage of route.stages) for (const role of stage.roles) ids.add(role);
  for (const role of pack.exit.decisionRoles) ids.add(role);
  return [...ids];
}

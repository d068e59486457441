import type { PolicyPack } from "../policy-pack/pack-schema";

/** One stage of the route an exit decision takes: the roles that decide, then those told. */
export interface ExitRouteStage {
  type: "approval" | "inform";
  roles: string[];
  label: string;
  cite: string;
}

const nameOf = (pack: Pick<PolicyPack, "roles">, id: string): string => pack.roles.find((r) => r.id === id)?.name ?? id;

const listOf = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/**
 * The route a decision to exit takes, from the pack's exit rules (DOMAIN.md "Exit and termination";
 * default framework 5.3: "the Lead Member must be involved in any decision to exit a partnership"): one
 * approval stage for every role that decides (each must approve before the arrangement ends), then
 * an inform stage for the roles told of it. A pack naming no deciding role has no approval stage.
 */
export function exitRoute(pack: Pick<PolicyPack, "exit" | "roles">): ExitRouteStage[] {
  const { decisionRoles, informRoles, cite } = pack.exit;
  const stages: ExitRouteStage[] = [];
  if (decisionRoles.length > 0) {
    stages.push({ type: "approval", roles: [...decisionRoles], label: `Decision to end the arrangement: ${listOf(decisionRoles.map((r) => nameOf(pack, r)))}`, cite });
  }
  if ((informRoles ?? []).length > 0) {
    stages.push({ type: "inform", roles: [...informRoles], label: `${listOf(informRoles.map((r) => nameOf(pack, r)))} told of the exit`, cite });
  }
  return stages;
}

import { exitRoute, type ExitRouteStage } from "../../domain/exit/exit-route";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { PersonRef } from "../../domain/records/person-ref";
import type { RoleHolder } from "../../domain/records/role-holder";
import { roleHoldersFor, type RoleScope } from "../../domain/roles/role-holders-for";

type Holder = Pick<RoleHolder, "roleId" | "person"> & Partial<RoleHolder>;

export interface ResolvedExitStage extends ExitRouteStage {
  /** Everyone holding the stage's roles for the arrangement, once each. */
  people: PersonRef[];
  /** Role id → the people holding it, for saying who decides. */
  byRole: Record<string, PersonRef[]>;
}

/**
 * The pack's exit route with each role resolved to the people holding it for an arrangement on a
 * day (a portfolio's or directorate's holder before a council-wide one), and the deciding roles
 * nobody holds — an exit cannot be decided until someone does.
 */
export function resolveExitRoute(pack: Pick<PolicyPack, "exit" | "roles">, holders: readonly Holder[], scope: RoleScope, day: string): { stages: ResolvedExitStage[]; unheld: string[] } {
  const stages = exitRoute(pack).map((stage) => {
    const byRole = Object.fromEntries(stage.roles.map((role) => [role, roleHoldersFor(holders, role, scope, day).map((h) => h.person)]));
    const seen = new Set<number>();
    const people = Object.values(byRole)
      .flat()
      .filter((p) => !seen.has(p.id) && seen.add(p.id));
    return { ...stage, people, byRole };
  });
  const decided = stages.find((s) => s.type === "approval");
  const unheld = decided ? decided.roles.filter((role) => (decided.byRole[role] ?? []).length === 0) : [];
  return { stages, unheld };
}

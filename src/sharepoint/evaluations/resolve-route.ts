import type { ExplainedStage } from "../../domain/engine/explanation";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { PersonRef } from "../../domain/records/person-ref";
import type { Directorate, Portfolio } from "../../domain/records/reference-data";
import type { RoleHolder } from "../../domain/records/role-holder";
import { roleHoldersFor, roleScopeKind, type RoleScope } from "../../domain/roles/role-holders-for";
import type { ListRow } from "../read-row";
import type { UnheldRole } from "./evaluation-errors";

export interface ResolvedStage {
  stage: ExplainedStage;
  /** The people the stage's roles resolve to, each once, in role order. */
  assignees: PersonRef[];
}

export interface ResolvedRoute {
  stages: ResolvedStage[];
  gaps: UnheldRole[];
}

/**
 * Each stage's roles resolved to the people who hold them for this arrangement today, through the
 * RoleHolders list (its portfolio's holder, its directorate's director, the council-wide statutory
 * officers). A holder row with problems (typed badly in SharePoint) holds nothing. Every role with
 * no holder is reported once, named as the Change Manager must fill it.
 */
export function resolveRoute(
  pack: Pick<PolicyPack, "roles">,
  route: readonly ExplainedStage[],
  rows: { holders: readonly ListRow<RoleHolder>[]; portfolios: readonly ListRow<Portfolio>[]; directorates: readonly ListRow<Directorate>[] },
  scope: RoleScope,
  day: string,
): ResolvedRoute {
  const holders = rows.holders
    .filter((r) => r.problems.length === 0 && r.record.roleId && r.record.person)
    .map((r) => ({ ...r.record, roleId: r.record.roleId!, person: r.record.person! }));
  const gaps = new Map<string, UnheldRole>();
  const stages = route.map((stage) => {
    const assignees: PersonRef[] = [];
    for (const roleId of stage.roles) {
      const held = roleHoldersFor(holders, roleId, scope, day);
      if (held.length === 0) {
        const gap = gaps.get(roleId) ?? unheld(pack, holders, rows, roleId, scope);
        gap.stages.push(stage.label);
        gaps.set(roleId, gap);
      }
      for (const h of held) if (!assignees.some((p) => p.id === h.person.id)) assignees.push(h.person);
    }
    return { stage, assignees };
  });
  return { stages, gaps: [...gaps.values()] };
}

function unheld(
  pack: Pick<PolicyPack, "roles">,
  holders: readonly Pick<RoleHolder, "roleId" | "person" | "portfolioId" | "directorateId">[],
  rows: { portfolios: readonly ListRow<Portfolio>[]; directorates: readonly ListRow<Directorate>[] },
  roleId: string,
  scope: RoleScope,
): UnheldRole {
  const name = pack.roles.find((r) => r.id === roleId)?.name ?? roleId;
  const kind = roleScopeKind(holders, roleId);
  const scopeId = kind === "portfolio" ? scope.portfolioId : kind === "directorate" ? scope.directorateId : undefined;
  const list = kind === "portfolio" ? rows.portfolios : rows.directorates;
  const scopeName = scopeId === undefined ? undefined : list.find((r) => r.id === scopeId)?.record.name;
  const label = kind === "council" ? name : `${name} for ${scopeName ?? (scopeId === undefined ? `the arrangement's ${kind} (none chosen)` : `${kind} #${scopeId}`)}`;
  return {
    roleId,
    name,
    scope: kind,
    ...(scopeId !== undefined ? { scopeId } : {}),
    ...(scopeName ? { scopeName } : {}),
    label,
    stages: [],
  };
}

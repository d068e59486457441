import type { DemoCalendar } from "./demo-calendar";
import { allHolderSpecs, type HolderSpec } from "./role-holders";
import type { PersonKey } from "./people";
import type { DirectorateKey, PortfolioKey } from "./structure";

export interface RoleScope {
  portfolio: PortfolioKey;
  directorate: DirectorateKey;
}

export interface ResolvedRole {
  roleId: string;
  people: PersonKey[];
  /** Set when the holder has a delegate who may act for them. */
  delegates: PersonKey[];
}

const holdsOn = (spec: HolderSpec, day: string, calendar: DemoCalendar) =>
  (spec.fromMonthsAgo === undefined || calendar.monthsAgo(spec.fromMonthsAgo) <= day) &&
  (spec.toMonthsAgo === undefined || day <= calendar.monthsAgo(spec.toMonthsAgo));

/**
 * The people who hold a role for an arrangement on a day, the way approval routes resolve roles:
 * a holder scoped to the arrangement's portfolio or directorate wins over a council-wide one,
 * and a holder scoped elsewhere never applies.
 */
export function resolveRole(roleId: string, scope: RoleScope, day: string, calendar: DemoCalendar): ResolvedRole {
  const current = allHolderSpecs()
    .filter((h) => h.roleId === roleId && holdsOn(h.spec, day, calendar))
    .map((h) => h.spec);
  const scoped = current.filter((s) => s.portfolio === scope.portfolio || s.directorate === scope.directorate);
  const chosen = scoped.length > 0 ? scoped : current.filter((s) => !s.portfolio && !s.directorate);
  return {
    roleId,
    people: chosen.map((s) => s.person),
    delegates: chosen.flatMap((s) => (s.delegate ? [s.delegate] : [])),
  };
}

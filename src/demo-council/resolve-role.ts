import { roleHoldersFor } from "../domain/roles/role-holders-for";
import type { DemoCalendar } from "./demo-calendar";
import { demoPerson, type PersonKey } from "./people";
import { allHolderSpecs, type HolderSpec } from "./role-holders";
import { directorateKeys, portfolioKeys, type DirectorateKey, type PortfolioKey } from "./structure";

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

// The demo names portfolios and directorates by key; the domain rule compares ids. Any stable
// one-to-one numbering will do, because only equality between them matters.
const portfolioNumber = (key: PortfolioKey) => portfolioKeys.indexOf(key) + 1;
const directorateNumber = (key: DirectorateKey) => directorateKeys.indexOf(key) + 1;

/** A holder spec in the shape the domain rule reads, with the spec kept to map the answer back. */
const asHolder = (roleId: string, spec: HolderSpec, calendar: DemoCalendar) => ({
  roleId,
  spec,
  person: { id: demoPerson(spec.person).id },
  ...(spec.portfolio ? { portfolioId: portfolioNumber(spec.portfolio) } : {}),
  ...(spec.directorate ? { directorateId: directorateNumber(spec.directorate) } : {}),
  ...(spec.fromMonthsAgo !== undefined ? { activeFrom: calendar.monthsAgo(spec.fromMonthsAgo) } : {}),
  ...(spec.toMonthsAgo !== undefined ? { activeTo: calendar.monthsAgo(spec.toMonthsAgo) } : {}),
});

/**
 * The people who hold a role for an arrangement on a day, by the same rule approval and exit
 * routes resolve roles with (`roleHoldersFor`): a holder scoped to the arrangement's portfolio or
 * directorate wins over a council-wide one, and a holder scoped elsewhere never applies.
 */
export function resolveRole(roleId: string, scope: RoleScope, day: string, calendar: DemoCalendar): ResolvedRole {
  const holders = allHolderSpecs()
    .filter((h) => h.roleId === roleId)
    .map((h) => asHolder(h.roleId, h.spec, calendar));
  const chosen = roleHoldersFor(holders, roleId, { portfolioId: portfolioNumber(scope.portfolio), directorateId: directorateNumber(scope.directorate) }, day).map((h) => h.spec);
  return {
    roleId,
    people: chosen.map((s) => s.person),
    delegates: chosen.flatMap((s) => (s.delegate ? [s.delegate] : [])),
  };
}

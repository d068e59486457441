import { holdsRoleOn, type RoleHolder } from "../records/role-holder";

/** Where an arrangement sits, which decides whose portfolio or directorate a role is held for. */
export interface RoleScope {
  portfolioId?: number;
  directorateId?: number;
}

type Holder = Pick<RoleHolder, "roleId" | "person"> & Partial<Pick<RoleHolder, "portfolioId" | "directorateId" | "delegate" | "activeFrom" | "activeTo">>;

/**
 * The holders of `roleId` for an arrangement on `day`, the way approval routes resolve roles
 * (DOMAIN.md "Approval routes"): a holder scoped to the arrangement's portfolio or directorate (its
 * portfolio holder, its director) wins over a council-wide one, and a holder scoped to another
 * portfolio or directorate never applies. Empty when nobody holds the role for it.
 */
export function roleHoldersFor<H extends Holder>(holders: readonly H[], roleId: string, scope: RoleScope, day: string): H[] {
  const current = holders.filter((h) => h.roleId === roleId && holdsRoleOn(h, day));
  const scoped = current.filter(
    (h) =>
      (h.portfolioId !== undefined && h.portfolioId === scope.portfolioId) ||
      (h.directorateId !== undefined && h.directorateId === scope.directorateId),
  );
  return scoped.length > 0 ? scoped : current.filter((h) => h.portfolioId === undefined && h.directorateId === undefined);
}

/**
 * How a role is held at the council: per portfolio, per directorate, or council-wide — from the
 * holders on record, so a gap can be named as the Change Manager must fill it ("Portfolio Holder
 * for Environment", not just "Portfolio Holder").
 */
export function roleScopeKind(holders: readonly Holder[], roleId: string): "portfolio" | "directorate" | "council" {
  const mine = holders.filter((h) => h.roleId === roleId);
  if (mine.some((h) => h.portfolioId !== undefined)) return "portfolio";
  if (mine.some((h) => h.directorateId !== undefined)) return "directorate";
  return "council";
}

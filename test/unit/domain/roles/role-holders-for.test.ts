import { describe, expect, it } from "vitest";
import { roleHoldersFor, roleScopeKind } from "../../../../src/domain/roles/role-holders-for";

const person = (id: number) => ({ id, title: `Person ${id}` });
const holders = [
  { roleId: "portfolio-holder", person: person(1), portfolioId: 10 },
  { roleId: "portfolio-holder", person: person(2), portfolioId: 20 },
  { roleId: "portfolio-holder", person: person(9), portfolioId: 20, activeTo: "2024-05-01" },
  { roleId: "director", person: person(3), directorateId: 100 },
  { roleId: "leader", person: person(4) },
  { roleId: "head-of-service", person: person(5) },
  { roleId: "head-of-service", person: person(6), directorateId: 100 },
];
const day = "2026-11-24";

describe("which role holders an arrangement's route goes to", () => {
  it("the portfolio holder is the one for the arrangement's portfolio, not another's nor a former holder", () => {
    expect(roleHoldersFor(holders, "portfolio-holder", { portfolioId: 20, directorateId: 100 }, day).map((h) => h.person.id)).toEqual([2]);
  });

  it("the director is the one for the arrangement's directorate", () => {
    expect(roleHoldersFor(holders, "director", { portfolioId: 20, directorateId: 100 }, day).map((h) => h.person.id)).toEqual([3]);
  });

  it("a council-wide role (the Leader) is held whatever the arrangement's portfolio", () => {
    expect(roleHoldersFor(holders, "leader", { portfolioId: 20 }, day).map((h) => h.person.id)).toEqual([4]);
  });

  it("a holder scoped to the arrangement wins over a council-wide one; elsewhere the council-wide one serves", () => {
    expect(roleHoldersFor(holders, "head-of-service", { directorateId: 100 }, day).map((h) => h.person.id)).toEqual([6]);
    expect(roleHoldersFor(holders, "head-of-service", { directorateId: 200 }, day).map((h) => h.person.id)).toEqual([5]);
  });

  it("nobody holds the portfolio holder's role for a portfolio with no holder, and the gap is named per portfolio", () => {
    expect(roleHoldersFor(holders, "portfolio-holder", { portfolioId: 30 }, day)).toEqual([]);
    expect(roleScopeKind(holders, "portfolio-holder")).toBe("portfolio");
    expect(roleScopeKind(holders, "director")).toBe("directorate");
    expect(roleScopeKind(holders, "leader")).toBe("council");
  });
});

import { describe, expect, it } from "vitest";
import { findRoleGaps, rolesInRoutes } from "../../../../src/domain/roles/find-role-gaps";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const gravesham = getBuiltInPack("gravesham")!;
const person = { id: 7, title: "Jonathan Whitlock" };
const allHeld = gravesham.roles.map((r) => ({ roleId: r.id, person }));

describe("roles with no holder", () => {
  it("finds none when every role of the pack is held", () => {
    expect(findRoleGaps(gravesham, allHeld, "2026-06-01")).toEqual([]);
  });

  it("names a role nobody holds, in the pack's words", () => {
    const holders = allHeld.filter((h) => h.roleId !== "section-151-officer");
    expect(findRoleGaps(gravesham, holders, "2026-06-01")).toEqual([{ roleId: "section-151-officer", name: "Section 151 Officer", type: "person" }]);
  });

  it("counts a holder only between their dates, inclusive", () => {
    const holders = [...allHeld.filter((h) => h.roleId !== "leader"), { roleId: "leader", person, activeFrom: "2023-05-20", activeTo: "2026-05-31" }];
    expect(findRoleGaps(gravesham, holders, "2026-05-31")).toEqual([]);
    expect(findRoleGaps(gravesham, holders, "2026-06-01").map((g) => g.roleId)).toEqual(["leader"]);
    expect(findRoleGaps(gravesham, holders, "2023-05-19").map((g) => g.roleId)).toEqual(["leader"]);
  });

  it("does not count a row with no person as holding the role", () => {
    const holders = [...allHeld.filter((h) => h.roleId !== "director"), { roleId: "director" }];
    expect(findRoleGaps(gravesham, holders, "2026-06-01").map((g) => g.roleId)).toEqual(["director"]);
  });

  it("checks only the roles a screen needs when told which", () => {
    expect(findRoleGaps(gravesham, [], "2026-06-01", ["leader", "cabinet", "not-a-pack-role"]).map((g) => g.roleId)).toEqual(["cabinet", "leader"].sort((a, b) => gravesham.roles.findIndex((r) => r.id === a) - gravesham.roles.findIndex((r) => r.id === b)));
  });

  it("knows which roles the routes and exit decisions involve", () => {
    const roles = rolesInRoutes(gravesham);
    expect(roles).toEqual(expect.arrayContaining(["deputy-monitoring-officer", "section-151-officer", "management-team", "leader", "portfolio-holder", "director", "lead-member"]));
    expect(roles).not.toContain("internal-audit");
  });
});

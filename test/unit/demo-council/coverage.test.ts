import { describe, expect, it } from "vitest";
import { lifecycleStates } from "../../../src/domain/lifecycle/states";
import { holdsRoleOn } from "../../../src/domain/records/role-holder";
import { builtInPackIds, getBuiltInPack } from "../../../src/policy/built-in-packs";
import { roleHolderSpecs } from "../../../src/demo-council/role-holders";
import { portfolioKeys, directorateKeys } from "../../../src/demo-council/structure";
import { council, today } from "./resolve-with-fake-ids";

const gravesham = getBuiltInPack("gravesham");
const arrangements = council.arrangements.map((a) => a.record);
const withStatus = (status: string) => arrangements.filter((a) => a.status === status);

describe("Northbrook's register covers what the product must show", () => {
  it("holds about forty arrangements, several of them active", () => {
    expect(arrangements.length).toBeGreaterThanOrEqual(36);
    expect(arrangements.length).toBeLessThanOrEqual(46);
    expect(withStatus("active").length).toBeGreaterThanOrEqual(15);
  });

  it.each([...lifecycleStates])("has an arrangement that is %s", (state) => {
    expect(withStatus(state).length).toBeGreaterThan(0);
  });

  it.each(gravesham?.kinds.map((k) => k.id) ?? [])("has a %s", (kind) => {
    expect(arrangements.some((a) => a.kind === kind)).toBe(true);
  });

  it.each(gravesham?.kinds.flatMap((k) => (k.subtypes ?? []).map((s) => [k.id, s.id])) ?? [])("has a %s of sub-type %s", (kind, subtype) => {
    expect(arrangements.some((a) => a.kind === kind && a.subtype === subtype)).toBe(true);
  });

  it.each(gravesham?.categories.map((c) => c.id) ?? [])("has a partnership categorised %s", (category) => {
    expect(arrangements.some((a) => a.kind === "partnership" && a.category === category)).toBe(true);
  });

  it("has at least three live arrangements overdue for review", () => {
    const overdue = arrangements.filter((a) => a.nextReviewDue !== undefined && a.nextReviewDue < today);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps two or three confidential notes, and one arrangement left out of the published register", () => {
    const notes = arrangements.filter((a) => a.confidentialNotes);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    expect(notes.length).toBeLessThanOrEqual(4);
    expect(arrangements.filter((a) => a.confidential).length).toBeGreaterThanOrEqual(1);
  });

  it("runs every arrangement under the gravesham pack at its current version", () => {
    for (const a of arrangements) expect([a.policyPackId, a.policyVersion]).toEqual(["gravesham", gravesham?.version]);
  });

  it("records exits for every arrangement that is exiting or has ended", () => {
    const leaving = council.arrangements.filter((a) => a.record.status === "exiting" || a.record.status === "ended").map((a) => a.key);
    expect(council.exits.map((e) => e.record.arrangementId.key).sort()).toEqual(leaving.sort());
  });

  it("has budget figures, risks, measures, reviews, representatives and declared interests to show", () => {
    for (const list of [council.budgetFigures, council.risks, council.measures, council.reviews, council.representatives, council.interests]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(council.risks.some((r) => r.record.reviewDate !== undefined && r.record.reviewDate < today && r.record.status === "open")).toBe(true);
  });
});

describe("Northbrook's role holders", () => {
  const roles = [...new Set(builtInPackIds.flatMap((id) => getBuiltInPack(id)?.roles.map((r) => r.id) ?? []))];
  const holders = council.roleHolders.map((h) => h.record);

  it.each(roles)("names someone for %s, the role a built-in pack declares", (role) => {
    expect(roleHolderSpecs[role]?.length ?? 0).toBeGreaterThan(0);
    expect(holders.some((h) => h.roleId === role && holdsRoleOn(h, today))).toBe(true);
  });

  it("scopes a portfolio holder to every portfolio and a director to every directorate", () => {
    for (const p of portfolioKeys) expect(holders.some((h) => h.roleId === "portfolio-holder" && h.portfolioId?.key === p && holdsRoleOn(h, today)), p).toBe(true);
    for (const d of directorateKeys) expect(holders.some((h) => h.roleId === "director" && h.directorateId?.key === d), d).toBe(true);
  });

  it("records a delegate who can act for the Leader", () => {
    expect(holders.find((h) => h.roleId === "leader")?.delegate?.$person).toBe("ph-finance");
  });
});

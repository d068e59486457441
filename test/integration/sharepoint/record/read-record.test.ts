import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readArrangementRecord } from "../../../../src/sharepoint/record/read-record";
import { readRecordAuditTrail } from "../../../../src/sharepoint/record/read-record-audit-trail";
import { saveArrangementChanges } from "../../../../src/sharepoint/record/save-arrangement";
import { repositoryFor } from "../../../../src/sharepoint/repositories";
import type { Actor } from "../../../../src/sharepoint/audit-trail";
import { people, startLocalSite, type LocalSite } from "../local-site";
import { actorOf, arrangement } from "../records-helpers";

describe("reading a partnership record", () => {
  let site: LocalSite;
  let me: Actor;
  let id = 0;
  let otherId = 0;

  beforeAll(async () => {
    site = await startLocalSite();
    const sp = site.as(people.olivia);
    me = await actorOf(sp);
    ({ id } = await repositoryFor(sp, "Partnerships").add(arrangement("Joint Waste Partnership", { leadOfficer: me, purpose: "Shared waste collection" }), me));
    ({ id: otherId } = await repositoryFor(sp, "Partnerships").add(arrangement("Unrelated Forum"), me));
    const on = (arrangementId: number) => ({ arrangementId });
    await repositoryFor(sp, "Risks").add({ title: "Contractor failure", ...on(id), likelihood: 4, impact: 5, status: "open", onCorporateRegister: true }, me);
    await repositoryFor(sp, "Risks").add({ title: "Someone else's risk", ...on(otherId), likelihood: 1, impact: 1, status: "open", onCorporateRegister: false }, me);
    await repositoryFor(sp, "Measures").add({ name: "Recycling rate", ...on(id), frequency: "quarterly", target: 55, actuals: [{ period: "2025/26 Q1", value: 51 }] }, me);
    await repositoryFor(sp, "BudgetFigures").add({ financialYear: "2025/26", ...on(id), quarter: "Q1", budget: 10_000, actual: 12_500 }, me);
    const { id: repId } = await repositoryFor(sp, "Representatives").add({ name: "Cllr Ann Example", ...on(id), type: "councillor", role: "Board member" }, me);
    await repositoryFor(sp, "Interests").add({ nature: "Trustee of a partner charity", ...on(id), representativeId: repId, dateDeclared: "2025-05-01" }, me);
    await repositoryFor(sp, "Reviews").add({ title: "Annual review 2026", ...on(id), reviewTypeId: "annual", period: "2026", dueDate: "2026-03-31", status: "due" }, me);
    const { id: stageId } = await repositoryFor(sp, "ApprovalStages").add({ label: "Statutory opinions", ...on(id), order: 1, type: "opinion", roles: ["monitoring-officer"], status: "pending" }, me);
    await repositoryFor(sp, "Opinions").add({ title: "Legal opinion", ...on(id), stageId, officer: me, view: "supports", text: "Lawful under the 2011 Act.", givenAt: "2025-04-02T10:00:00Z" }, me);
    await repositoryFor(sp, "RoleHolders").add({ roleId: "change-manager", person: me }, me);
  });
  afterAll(() => site.close());

  it("reads the arrangement and every child list in one round trip", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const record = await readArrangementRecord(site.as(people.olivia), id);
      expect(fetches).toHaveBeenCalledTimes(1);
      expect(record.arrangement.record).toMatchObject({ name: "Joint Waste Partnership", purpose: "Shared waste collection", leadOfficer: { title: "Olivia Officer" } });
      expect(record.lastChange.changedBy?.title).toBe("Olivia Officer");
      expect(record.risks.map((r) => r.record.title)).toEqual(["Contractor failure"]);
      expect(record.measures[0]?.record.actuals).toEqual([{ period: "2025/26 Q1", value: 51 }]);
      expect(record.budget[0]?.record).toMatchObject({ budget: 10_000, actual: 12_500 });
      expect(record.representatives[0]?.record.role).toBe("Board member");
      expect(record.interests[0]?.record.nature).toBe("Trustee of a partner charity");
      expect(record.reviews[0]?.record.dueDate).toBe("2026-03-31");
      expect(record.stages[0]?.record.label).toBe("Statutory opinions");
      expect(record.opinions[0]?.record.view).toBe("supports");
      expect(record.roleHolders.map((h) => h.record.roleId)).toEqual(["change-manager"]);
      expect([record.arrangement, ...record.risks, ...record.measures, ...record.budget].every((r) => r.problems.length === 0)).toBe(true);
    } finally {
      fetches.mockRestore();
    }
  });

  it("reads the audit trail newest first, with the list's own column names", async () => {
    const sp = site.as(people.olivia);
    const { etag } = (await readArrangementRecord(sp, id)).arrangement;
    await saveArrangementChanges(sp, id, { purpose: "Shared waste collection and recycling" }, etag, me);
    const trail = await readRecordAuditTrail(sp, id);
    expect(trail[0]).toMatchObject({
      noun: "arrangement",
      entry: { action: "update", by: { title: "Olivia Officer" } },
      changes: [{ column: "Purpose", before: "Shared waste collection", after: "Shared waste collection and recycling" }],
    });
    expect(trail.map((t) => t.noun)).toEqual(expect.arrayContaining(["risk", "budget figure", "statutory opinion"]));
    expect(trail.some((t) => t.entry.summary?.includes("Someone else's risk"))).toBe(false);
    expect(trail.every((t) => t.entry.arrangementId === id || t.entry.itemId === id)).toBe(true);
  });
});

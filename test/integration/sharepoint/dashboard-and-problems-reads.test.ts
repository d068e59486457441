import type { SPFI } from "@pnp/sp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readDashboard } from "../../../src/sharepoint/dashboard/read-dashboard";
import { readDataProblems } from "../../../src/sharepoint/data-problems/read-data-problems";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { people, startLocalSite, type LocalSite } from "./local-site";
import { actorOf, arrangement } from "./records-helpers";

describe("the dashboard's and the data-problems page's reads", () => {
  let site: LocalSite;
  let sp: SPFI;
  let cctv = 0;
  let badMeasure = 0;

  beforeAll(async () => {
    site = await startLocalSite();
    sp = site.as(people.chris);
    const me = await actorOf(sp);
    const { id: place } = await repositoryFor(sp, "Directorates").add({ name: "Place", active: true }, me);
    ({ id: cctv } = await repositoryFor(sp, "Partnerships").add(arrangement("CCTV Partnership", { status: "active", category: "significant", directorateId: place, councilContribution: 118_000, nextReviewDue: "2026-03-31" }), me));
    await repositoryFor(sp, "Partnerships").add(arrangement("Youth Forum"), me);
    const stages = repositoryFor(sp, "ApprovalStages");
    await stages.add({ label: "Opinions", arrangementId: cctv, order: 1, type: "opinion", roles: ["section-151-officer"], status: "approved" }, me);
    await stages.add({ label: "Leader's approval", arrangementId: cctv, order: 2, type: "approval", roles: ["leader"], status: "pending", requestedAt: "2026-03-01T09:00:00Z" }, me);
    await repositoryFor(sp, "RoleHolders").add({ roleId: "leader", person: me }, me);
    // The Change Manager hand-types broken JSON into a measure's JSON note column in SharePoint.
    const added = await sp.web.lists.getByTitle("Measures").items.add({ Title: "Recycling rate", ArrangementId: cctv, Frequency: "quarterly", Actuals: '[{"period": "2026-Q1"' });
    badMeasure = Number(added.Id);
  });
  afterAll(() => site.close());

  it("reads the register, the pending stages, the directorates and the role holders in one round trip", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const data = await readDashboard(sp);
      expect(fetches).toHaveBeenCalledTimes(1);
      expect(data.arrangements.map((r) => r.record.name).sort()).toEqual(["CCTV Partnership", "Youth Forum"]);
      expect(data.arrangements.find((r) => r.id === cctv)?.record).toMatchObject({ councilContribution: 118_000, nextReviewDue: "2026-03-31", category: "significant" });
      expect(data.pendingStages.map((s) => s.record.label)).toEqual(["Leader's approval"]);
      expect(data.directorates.map((d) => d.record.name)).toEqual(["Place"]);
      expect(data.roleHolders.map((h) => h.record.roleId)).toEqual(["leader"]);
    } finally {
      fetches.mockRestore();
    }
  });

  it("finds a row typed badly in any list, naming the list, item, column and problem, in one round trip", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const problems = await readDataProblems(sp);
      expect(fetches).toHaveBeenCalledTimes(1);
      expect(problems).toEqual([
        { listTitle: "Measures", itemId: badMeasure, itemTitle: "Recycling rate", column: "Actuals (JSON)", message: expect.stringMatching(/not valid JSON/) },
      ]);
    } finally {
      fetches.mockRestore();
    }
  });
});

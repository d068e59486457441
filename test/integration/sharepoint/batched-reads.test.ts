import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SPFI } from "@pnp/sp";
import { eq } from "../../../src/sharepoint/odata";
import { readTogether } from "../../../src/sharepoint/read-together";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { startLocalSite, type LocalSite } from "./local-site";
import { actorOf, arrangement } from "./records-helpers";

describe("an arrangement's page", () => {
  let site: LocalSite;
  let sp: SPFI;
  let arrangementId = 0;

  beforeAll(async () => {
    site = await startLocalSite();
    sp = site.as();
    const me = await actorOf(sp);
    ({ id: arrangementId } = await repositoryFor(sp, "Partnerships").add(arrangement("Joint Waste Partnership", { purpose: "Shared waste collection" }), me));
    const risks = repositoryFor(sp, "Risks");
    for (const title of ["Contractor failure", "Fleet costs rise"]) {
      await risks.add({ title, arrangementId, likelihood: 3, impact: 3, status: "open", onCorporateRegister: false }, me);
    }
    await repositoryFor(sp, "Measures").add({ name: "Recycling rate", arrangementId, frequency: "quarterly", target: 55 }, me);
    await repositoryFor(sp, "Reviews").add({ title: "Annual review 2026", arrangementId, reviewTypeId: "annual", period: "2026", dueDate: "2026-03-31", status: "due" }, me);
    await repositoryFor(sp, "ApprovalStages").add({ label: "Monitoring Officer's opinion", arrangementId, order: 1, type: "opinion", roles: ["monitoring-officer"], status: "pending" }, me);
  });
  afterAll(() => site.close());

  it("reads the arrangement with its risks, measures, reviews and stages in one round trip", async () => {
    const byArrangement = eq("ArrangementId", arrangementId);
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const [found, risks, measures, reviews, stages] = await readTogether(sp, [
        (b) => repositoryFor(sp, "Partnerships").within(b).getById(arrangementId, ["Title", "Purpose", "Status"]),
        (b) => repositoryFor(sp, "Risks").within(b).query({ select: ["Title", "Likelihood", "Impact"], filter: byArrangement }),
        (b) => repositoryFor(sp, "Measures").within(b).query({ select: ["Title", "Target"], filter: byArrangement }),
        (b) => repositoryFor(sp, "Reviews").within(b).query({ select: ["Title", "DueDate", "Status"], filter: byArrangement }),
        (b) => repositoryFor(sp, "ApprovalStages").within(b).query({ select: ["Title", "StageOrder", "Status"], filter: byArrangement, orderBy: [{ field: "StageOrder" }] }),
      ] as const);
      expect(fetches).toHaveBeenCalledTimes(1);
      expect(found.record).toMatchObject({ name: "Joint Waste Partnership", purpose: "Shared waste collection" });
      expect(risks.map((r) => r.record.title)).toEqual(["Contractor failure", "Fleet costs rise"]);
      expect(measures.map((r) => r.record.target)).toEqual([55]);
      expect(reviews.map((r) => r.record.dueDate)).toEqual(["2026-03-31"]);
      expect(stages.map((r) => r.record.label)).toEqual(["Monitoring Officer's opinion"]);
      expect([found, ...risks, ...measures, ...reviews, ...stages].every((r) => r.problems.length === 0)).toBe(true);
    } finally {
      fetches.mockRestore();
    }
  });

  it("answers a $batch of mixed reads and writes in order, each with its own outcome", async () => {
    const [batched, execute] = sp.batched();
    const risksList = batched.web.lists.getByTitle("Risks").items;
    const before = repositoryFor(sp, "Risks").within(batched).query({ select: ["Title"], filter: eq("ArrangementId", arrangementId) });
    const added = risksList.add({ Title: "Key officer leaves", ArrangementId: arrangementId, Likelihood: 2, Impact: 5, Status: "open", OnCorporateRegister: false });
    const missing = repositoryFor(sp, "Risks").within(batched).getById(999_999);
    const settled = Promise.allSettled([before, added, missing]);
    await execute();
    const [read, write, notFound] = await settled;

    expect(read.status === "fulfilled" && read.value.length).toBe(2);
    expect(write.status === "fulfilled" && write.value.Title).toBe("Key officer leaves");
    expect(notFound.status === "rejected" && (notFound.reason as Error).name).toBe("NotFoundError");
    const after = await repositoryFor(sp, "Risks").query({ select: ["Title"], filter: eq("ArrangementId", arrangementId) });
    expect(after).toHaveLength(3);
  });
});

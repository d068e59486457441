import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SPFI } from "@pnp/sp";
import { readRegister, type RegisterData } from "../../../../src/sharepoint/register/read-register";
import { repositoryFor } from "../../../../src/sharepoint/repositories";
import { people, startLocalSite, type LocalSite } from "../local-site";
import { actorOf, arrangement } from "../records-helpers";

describe("reading the register", () => {
  let site: LocalSite;
  let sp: SPFI;
  let badId = 0;

  beforeAll(async () => {
    site = await startLocalSite();
    sp = site.as(people.chris);
    const me = await actorOf(sp);
    const directorate = await repositoryFor(sp, "Directorates").add({ name: "Place", active: true }, me);
    await repositoryFor(sp, "Directorates").add({ name: "Resources", active: true }, me);
    const portfolio = await repositoryFor(sp, "Portfolios").add({ name: "Environment", active: true }, me);
    const partnerships = repositoryFor(sp, "Partnerships");
    await partnerships.add(
      arrangement("Coastal Waste Partnership", {
        status: "active",
        category: "significant",
        directorateId: directorate.id,
        portfolioId: portfolio.id,
        leadOfficer: { id: me.id },
        nextReviewDue: "2026-09-30",
        councilContribution: 65000,
        partners: [{ name: "County Council" }, { name: "Recycling Trust" }],
        purpose: "Joint waste collection",
      }),
      me,
    );
    for (const name of ["Arts Forum", "Business Board", "Dementia Alliance"]) await partnerships.add(arrangement(name), me);
    // Typed straight into SharePoint: JSON the app cannot read.
    const list = sp.web.lists.getByTitle("Partnerships");
    badId = Number((await list.items.add({ Title: "Hand-typed partners", Kind: "partnership", Status: "proposed", Partners: '[{"name": "NHS"' })).Id);
  });
  afterAll(() => site.close());

  it("reads the arrangements with the directorates and portfolios in one round trip", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const data = await readRegister(sp);
      expect(fetches).toHaveBeenCalledTimes(1);
      expect(data.complete).toBe(true);
      expect(data.rows.map((r) => r.name)).toEqual(["Arts Forum", "Business Board", "Coastal Waste Partnership", "Dementia Alliance", "Hand-typed partners"]);
      expect(data.directorates.map((d) => d.title)).toEqual(["Place", "Resources"]);
      expect(data.portfolios.map((p) => p.title)).toEqual(["Environment"]);
      const waste = data.rows.find((r) => r.name === "Coastal Waste Partnership");
      expect(waste).toMatchObject({
        status: "active",
        category: "significant",
        directorate: { title: "Place" },
        portfolio: { title: "Environment" },
        leadOfficer: { title: people.chris.title },
        nextReviewDue: "2026-09-30",
        councilContribution: 65000,
        partners: ["County Council", "Recycling Trust"],
        purpose: "Joint waste collection",
        problems: [],
      });
    } finally {
      fetches.mockRestore();
    }
  });

  it("asks SharePoint only for the columns the register needs", async () => {
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      await readRegister(sp);
      const body = String(fetches.mock.calls[0]?.[1]?.body ?? "");
      const partnerships = decodeURIComponent(body).split("\n").find((line) => line.includes("Partnerships')/items")) ?? "";
      expect(partnerships).toMatch(/\$select=Id,Title,Kind,Subtype,Category,Status/);
      expect(body).not.toMatch(/ExitStrategy|ConfidentialNotes|CouncilResources/);
    } finally {
      fetches.mockRestore();
    }
  });

  it("keeps a row it cannot fully read, saying what is wrong with it", async () => {
    const data = await readRegister(sp);
    const bad = data.rows.find((r) => r.id === badId);
    expect(bad?.name).toBe("Hand-typed partners");
    expect(bad?.partners).toEqual([]);
    expect(bad?.problems).toEqual([expect.stringMatching(/Partners.*not valid JSON/)]);
  });

  it("shows the first page as soon as it arrives and follows the rest page by page", async () => {
    const seen: RegisterData[] = [];
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      const data = await readRegister(sp, { firstPageSize: 1, pageSize: 2, onProgress: (d) => seen.push(d) });
      expect(seen.map((d) => [d.rows.length, d.complete])).toEqual([
        [1, false],
        [3, false],
        [5, true],
      ]);
      expect(data.rows.map((r) => r.name)).toEqual(["Arts Forum", "Business Board", "Coastal Waste Partnership", "Dementia Alliance", "Hand-typed partners"]);
      expect(data.rows).toHaveLength(5);
      // One batch, then one request per later page.
      expect(fetches).toHaveBeenCalledTimes(3);
    } finally {
      fetches.mockRestore();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createPartnerships, startTestSite, type TestSite } from "./helpers";
import { seedItems } from "../../../src/local/seed";

let site: TestSite;
const injection = "O'Brien' or Title ne 'x";
beforeAll(async () => {
  site = await startTestSite();
  await createPartnerships(site.sp);
  const me = await site.sp.web.currentUser();
  seedItems(site.local.handler.store, "Partnerships", [
    { Title: "Alpha Health", Status: "Active", Score: 5, Budget: 50000, ReviewDate: "2026-03-01T00:00:00Z", Statutory: true, Tags: ["Health"], OwnerId: me.Id },
    { Title: "Beta Housing", Status: "Pending", Score: 10, Budget: 65000, ReviewDate: "2025-12-01T00:00:00Z", Statutory: false, Tags: ["Housing", "Care"] },
    { Title: injection, Status: "Closed", Score: 0, Notes: "tricky" },
    { Title: "alpha care", Status: "Active", Score: 7.5, Tags: [] },
  ]);
});
afterAll(async () => site.close());

async function titles(filter: string): Promise<string[]> {
  const rows = await site.sp.web.lists.getByTitle("Partnerships").items.select("Title").filter(filter).orderBy("Id")();
  return rows.map((r) => r.Title as string);
}

describe("$filter operators", () => {
  it.each([
    ["Status eq 'Active'", ["Alpha Health", "alpha care"]],
    ["Status ne 'Active'", ["Beta Housing", injection]],
    ["Score lt 5", [injection]],
    ["Score le 5", ["Alpha Health", injection]],
    ["Score gt 7.5", ["Beta Housing"]],
    ["Score ge 7.5", ["Beta Housing", "alpha care"]],
    ["Budget ge 60000 and Statutory eq false", ["Beta Housing"]],
    ["Status eq 'Closed' or Score eq 10", ["Beta Housing", injection]],
    ["not (Status eq 'Active')", ["Beta Housing", injection]],
    ["(Score gt 1 and Score lt 6) or (Status eq 'Closed')", ["Alpha Health", injection]],
    ["startswith(Title,'alpha')", ["Alpha Health", "alpha care"]],
    ["substringof('hous',Title)", ["Beta Housing"]],
    ["ReviewDate eq null", [injection, "alpha care"]],
    ["ReviewDate ne null", ["Alpha Health", "Beta Housing"]],
    ["ReviewDate ge datetime'2026-01-01T00:00:00Z'", ["Alpha Health"]],
    ["ReviewDate lt '2026-01-01T00:00:00Z'", ["Beta Housing"]],
    ["Statutory eq true", ["Alpha Health"]],
    ["Statutory eq 1", ["Alpha Health"]],
    ["Tags eq 'Care'", ["Beta Housing"]],
    ["Id eq 3", [injection]],
    ["ID gt 2", [injection, "alpha care"]],
    ["OwnerId eq 7", ["Alpha Health"]],
    ["Owner/Id eq 7", ["Alpha Health"]],
    ["Owner/EMail eq 'change.manager@council.example'", ["Alpha Health"]],
    ["Notes eq 'tricky'", [injection]],
    ["Score eq -1", []],
  ])("%s", async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it("finds an escaped quote-and-operator title literally, and does not execute it", async () => {
    const escaped = injection.replace(/'/g, "''");
    expect(escaped).toBe("O''Brien'' or Title ne ''x");
    expect(await titles(`Title eq '${escaped}'`)).toEqual([injection]);
  });

  it("a bad $filter is 400 in SharePoint's shape", async () => {
    for (const bad of ["Title eq", "Title eq 'open", "Title foo 'x'", "(Title eq 'x'", "Title eq 'x' and", "nosuch(Title)"]) {
      const res = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items?$filter=${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
      expect(res.body, bad).toHaveProperty(["odata.error", "code"]);
    }
    const unknown = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items?$filter=${encodeURIComponent("Nope eq 1")}`);
    expect(unknown.status).toBe(400);
  });

  it("orders by several columns", async () => {
    const rows = await site.sp.web.lists.getByTitle("Partnerships").items.select("Title").orderBy("Status", true).orderBy("Score", false)();
    expect(rows.map((r) => r.Title)).toEqual(["alpha care", "Alpha Health", injection, "Beta Housing"]);
  });
});

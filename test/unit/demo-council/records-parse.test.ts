import { describe, expect, it } from "vitest";
import { buildDemoCouncil, demoListOrder } from "../../../src/demo-council";
import { seedWithFakeIds } from "./resolve-with-fake-ids";

// Days chosen to sit either side of the review windows (February–March, March–August), on the
// financial year boundary and on a leap day, where date arithmetic is most likely to go wrong.
const days = ["2026-05-10", "2026-01-15", "2026-03-31", "2026-04-01", "2026-09-01", "2027-08-31", "2028-02-29"];

describe("Northbrook's records, seeded in list order", () => {
  it.each(days)("every record parses against its list's domain schema once references are resolved (today %s)", (today) => {
    const { records } = seedWithFakeIds(buildDemoCouncil(today));
    for (const { list } of demoListOrder) expect(records.get(list)?.length, list).toBeGreaterThan(0);
  });

  it("a seeder meets every list in an order where Lookups point backwards", () => {
    expect(demoListOrder.map((l) => l.list)).toEqual([
      "Portfolios", "Directorates", "Objectives", "RoleHolders", "Partnerships", "Evaluations", "Exits", "ApprovalStages",
      "Opinions", "Risks", "Measures", "BudgetFigures", "Reviews", "Representatives", "Interests", "AuditLog",
    ]);
  });

  it("refuses a day that is not a calendar date", () => {
    expect(() => buildDemoCouncil("2026-02-30")).toThrow(/today/);
  });
});

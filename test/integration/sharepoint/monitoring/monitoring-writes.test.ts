import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHalfYear } from "../../../../src/domain/performance/half-year";
import type { Actor } from "../../../../src/sharepoint/audit-trail";
import { editorRefusal } from "../../../../src/sharepoint/authorise/editor-rule";
import { ConcurrencyError } from "../../../../src/sharepoint/errors/concurrency-error";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { readPerformanceReport } from "../../../../src/sharepoint/monitoring/performance-report-export";
import { readRiskRegister } from "../../../../src/sharepoint/monitoring/risk-register-export";
import { saveRecordItem } from "../../../../src/sharepoint/monitoring/save-record-item";
import { and, eq } from "../../../../src/sharepoint/odata";
import { auditLogFor, repositoryFor } from "../../../../src/sharepoint/repositories";
import { people, startLocalSite, type LocalSite } from "../local-site";
import { actorOf, arrangement } from "../records-helpers";

describe("monitoring writes under an arrangement", () => {
  let site: LocalSite;
  let olivia: Actor, jo: Actor, chris: Actor;
  let id = 0;

  beforeAll(async () => {
    site = await startLocalSite();
    olivia = await actorOf(site.as(people.olivia));
    jo = await actorOf(site.as(people.jo));
    chris = await actorOf(site.as(people.chris));
    ({ id } = await repositoryFor(site.as(people.chris), "Partnerships").add(
      arrangement("Safer Streets Partnership", { leadOfficer: olivia, kind: "partnership", category: "significant", status: "active", startDate: "2024-04-01" }),
      chris,
    ));
  });
  afterAll(() => site.close());

  it("lets the lead officer add a risk, audited, and refuses an officer with no standing", async () => {
    const risk = { title: "Funding ends", arrangementId: id, likelihood: 3, impact: 4, status: "open" as const, onCorporateRegister: false, reviewDate: "2026-01-31" };
    const saved = await saveRecordItem(site.as(people.olivia), "Risks", undefined, risk, olivia);
    await expect(saveRecordItem(site.as(people.jo), "Risks", undefined, { ...risk, title: "Jo's risk" }, jo)).rejects.toSatisfy((e) => PermissionError.is(e) && (e as Error).message === editorRefusal);
    const risks = await repositoryFor(site.as(people.chris), "Risks").query({ filter: eq("ArrangementId", id) });
    expect(risks.map((r) => r.record.title)).toEqual(["Funding ends"]);
    const audit = await auditLogFor(site.as(people.chris)).query({ filter: and(eq("ListTitle", "Risks"), eq("ItemId", saved.id)) });
    expect(audit.map((a) => a.record.action)).toEqual(["create"]);
  });

  it("closes a risk only with the ETag the screen showed: a stale one changes nothing", async () => {
    const [row] = await repositoryFor(site.as(people.chris), "Risks").query({ filter: eq("ArrangementId", id) });
    await saveRecordItem(site.as(people.olivia), "Risks", { id: row!.id, etag: row!.etag }, { mitigation: "Bid to the PCC" }, olivia);
    // The same officer's second, older tab.
    await expect(saveRecordItem(site.as(people.olivia), "Risks", { id: row!.id, etag: row!.etag }, { status: "closed" }, olivia, "No longer a risk")).rejects.toSatisfy(ConcurrencyError.is);
    expect((await repositoryFor(site.as(people.chris), "Risks").getById(row!.id)).record).toMatchObject({ status: "open", mitigation: "Bid to the PCC" });
  });

  it("exports the register with review overdue and the pack's corporate-register mark", async () => {
    const { rows, cite } = await readRiskRegister(site.as(people.chris), { arrangementId: id, council: "Test", asOf: "2026-11-24" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ arrangementName: "Safer Streets Partnership", category: "Significant", packMarksCorporate: true });
    expect(cite).toMatch(/framework 1\.11b/);
  });

  it("reads the half year's report from the lists: measures dated in it, its quarters, its risks", async () => {
    const as = site.as(people.olivia);
    await saveRecordItem(as, "Measures", undefined, { name: "Street crime", arrangementId: id, target: 100, higherIsBetter: false, frequency: "quarterly", actuals: [{ period: "2026/27 Q1", value: 104 }, { period: "2026/27 Q3", value: 80 }] }, olivia);
    await saveRecordItem(as, "BudgetFigures", undefined, { financialYear: "2026/27", quarter: "Q2", arrangementId: id, budget: 5000, actual: 4500 }, olivia);
    const report = await readPerformanceReport(site.as(people.chris), parseHalfYear("2026H1")!);
    const safer = report.partnerships.find((p) => p.id === id)!;
    expect(safer.measures[0]).toMatchObject({ name: "Street crime", rating: "amber", latest: { period: "2026/27 Q1", value: 104 } });
    expect(safer.budget).toEqual({ budget: 5000, actual: 4500, quartersReported: 1, variance: { amount: -500, percent: -10, flag: "underspend" } });
    // The risk was added through the product today, after the half year ended: not in it.
    expect(safer.topRisks).toEqual([]);
  });
});

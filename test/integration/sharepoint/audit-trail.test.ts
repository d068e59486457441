import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "../../../src/sharepoint/odata";
import { auditLogFor, repositoryFor } from "../../../src/sharepoint/repositories";
import { startLocalSite, type LocalSite } from "./local-site";
import { actorOf, arrangement } from "./records-helpers";

describe("the audit trail", () => {
  let site: LocalSite;
  beforeAll(async () => (site = await startLocalSite()));
  afterAll(() => site.close());

  it("records who created, changed and deleted a risk, with each column before and after", async () => {
    const sp = site.as();
    const olivia = await actorOf(sp);
    const register = repositoryFor(sp, "Partnerships");
    const risks = repositoryFor(sp, "Risks");
    const { id: arrangementId } = await register.add(arrangement("Town Centre Partnership"), olivia);

    const risk = { title: "Partner withdraws funding", arrangementId, likelihood: 2, impact: 4, status: "open" as const, onCorporateRegister: false };
    const created = await risks.add(risk, olivia);
    const changed = await risks.update(created.id, { likelihood: 4, mitigation: "Quarterly funding review" }, created.etag, olivia, { reason: "Budget letter received" });
    await risks.delete(created.id, changed.etag, olivia);

    const entries = await auditLogFor(sp).query({ filter: and(eq("ListTitle", "Risks"), eq("ItemId", created.id)), orderBy: [{ field: "Id" }] });
    expect(entries.map((e) => e.problems)).toEqual([[], [], []]);
    const [create, update, remove] = entries.map((e) => e.record);
    expect(create).toMatchObject({ action: "create", by: { id: olivia.id, title: "Olivia Officer" }, listTitle: "Risks", arrangementId });
    expect(create?.changes?.title).toEqual({ after: "Partner withdraws funding" });
    expect(update).toMatchObject({
      action: "update",
      reason: "Budget letter received",
      changes: { likelihood: { before: 2, after: 4 }, mitigation: { after: "Quarterly funding review" } },
    });
    expect(Object.keys(update?.changes ?? {}).sort()).toEqual(["likelihood", "mitigation"]);
    expect(remove).toMatchObject({ action: "delete", changes: { title: { before: "Partner withdraws funding" }, likelihood: { before: 4 } } });
  });

  it("sends a change and its audit entry in one $batch", async () => {
    const sp = site.as();
    const olivia = await actorOf(sp);
    const register = repositoryFor(sp, "Partnerships");
    const { id, etag } = await register.add(arrangement("Community Safety Partnership"), olivia);
    const fetches = vi.spyOn(globalThis, "fetch");
    try {
      await register.update(id, { status: "screening" }, etag, olivia);
      const calls = fetches.mock.calls.map(([url, init]) => `${init?.method ?? "GET"} ${String(url).replace(site.url, "")}`);
      // One read of the item as it is now (for "before" and a stale-ETag check), then one batch.
      expect(calls).toHaveLength(2);
      expect(calls[1]).toBe("POST /_api/$batch");
    } finally {
      fetches.mockRestore();
    }
  });

  it("writes nothing and records nothing when nothing changed", async () => {
    const sp = site.as();
    const olivia = await actorOf(sp);
    const register = repositoryFor(sp, "Partnerships");
    const { id, etag } = await register.add(arrangement("Health and Wellbeing Board"), olivia);
    const result = await register.update(id, { name: "Health and Wellbeing Board" }, etag, olivia);
    expect(result).toEqual({ etag, changed: false });
    const entries = await auditLogFor(sp).query({ filter: and(eq("ListTitle", "Partnerships"), eq("ItemId", id)) });
    expect(entries.map((e) => e.record.action)).toEqual(["create"]);
  });

  it("offers no way to change or delete an audit entry", () => {
    const log = auditLogFor(site.as()) as unknown as Record<string, unknown>;
    expect(log.update).toBeUndefined();
    expect(log.delete).toBeUndefined();
    expect(() => repositoryFor(site.as(), "AuditLog" as never)).toThrow(/append-only/);
  });
});

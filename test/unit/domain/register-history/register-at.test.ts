import { describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../../src/domain/records/audit-entry";
import { registerAt } from "../../../../src/domain/register-history/register-at";

const by = { id: 3, title: "Change Manager" };
const entry = (at: string, itemId: number, action: AuditEntry["action"], changes: AuditEntry["changes"], summary = "a change"): AuditEntry => ({
  summary, at, by, listTitle: "Partnerships", itemId, action, changes,
});
const asAt = "2025-08-31T22:59:59.999Z";

describe("the register as it stood at a period's end, from the audit trail", () => {
  it("shows an arrangement that ended after the period end as active", () => {
    const register = registerAt({
      current: [{ arrangement: { id: 1, name: "Leisure Trust", status: "ended" } }],
      audit: [
        entry("2024-01-10T10:00:00Z", 1, "create", { name: { after: "Leisure Trust" }, status: { after: "active" } }),
        entry("2025-11-02T10:00:00Z", 1, "update", { status: { before: "active", after: "exiting" } }),
        entry("2026-02-01T10:00:00Z", 1, "update", { status: { before: "exiting", after: "ended" } }),
      ],
      asAt,
    });
    expect(register).toEqual([{ id: 1, name: "Leisure Trust", status: "active" }]);
  });

  it("leaves out one created after the period end", () => {
    const register = registerAt({
      current: [{ arrangement: { id: 1, name: "Old", status: "active" } }, { arrangement: { id: 2, name: "New", status: "active" } }],
      audit: [entry("2025-09-01T08:00:00Z", 2, "create", { name: { after: "New" } })],
      asAt,
    });
    expect(register.map((a) => a.name)).toEqual(["Old"]);
  });

  it("leaves out one added in SharePoint directly after the period end, which the trail never saw", () => {
    const register = registerAt({ current: [{ arrangement: { id: 5, name: "Typed in", status: "active" }, createdAt: "2025-10-01T09:00:00Z" }], audit: [], asAt });
    expect(register).toEqual([]);
  });

  it("brings back one deleted after the period end, as it was logged", () => {
    const register = registerAt({
      current: [],
      audit: [entry("2025-12-01T10:00:00Z", 9, "delete", { name: { before: "Gone" }, status: { before: "active" }, councilContribution: { before: 1200 } })],
      asAt,
    });
    expect(register).toEqual([{ id: 9, name: "Gone", status: "active", councilContribution: 1200 }]);
  });

  it("undoes later changes newest first and keeps changes made on or before the period end", () => {
    const register = registerAt({
      current: [{ arrangement: { id: 1, name: "Trust", councilContribution: 300, leadOfficer: { id: 9, title: "B" } } }],
      audit: [
        entry("2025-06-01T10:00:00Z", 1, "update", { councilContribution: { before: 100, after: 200 } }),
        entry("2025-08-31T22:00:00Z", 1, "update", { leadOfficer: { before: { id: 8, title: "A" }, after: { id: 9, title: "B" } } }),
        entry("2025-10-01T10:00:00Z", 1, "update", { councilContribution: { before: 200, after: 250 } }),
        entry("2026-01-01T10:00:00Z", 1, "update", { councilContribution: { before: 250, after: 300 } }),
      ],
      asAt,
    });
    expect(register[0]).toEqual({ id: 1, name: "Trust", councilContribution: 200, leadOfficer: { id: 9, title: "B" } });
  });

  it("ignores a change SharePoint refused, which the trail corrects with a 'Not applied' entry", () => {
    const register = registerAt({
      current: [{ arrangement: { id: 1, name: "Trust", status: "active" } }],
      audit: [
        entry("2025-09-10T10:00:00Z", 1, "update", { status: { before: "exiting", after: "active" } }),
        entry("2025-09-20T10:00:00Z", 1, "update", { status: { before: "active", after: "ended" } }),
        entry("2025-09-20T10:00:01Z", 1, "update", {}, "Not applied: SharePoint refused this update of item #1 in Partnerships"),
      ],
      asAt,
    });
    expect(register[0]?.status).toBe("exiting");
  });

  it("takes no notice of other lists' entries", () => {
    const other = { ...entry("2025-10-01T10:00:00Z", 1, "create", {}), listTitle: "Risks" };
    expect(registerAt({ current: [{ arrangement: { id: 1, name: "Trust" } }], audit: [other], asAt })).toHaveLength(1);
  });
});

describe("an entry the trail saw created before the period end", () => {
  it("stays in the register even though its SharePoint item was re-created by a migration later", () => {
    const register = registerAt({
      current: [{ arrangement: { id: 4, name: "Migrated", status: "active" }, createdAt: "2026-01-01T00:00:00Z" }],
      audit: [entry("2024-05-01T10:00:00Z", 4, "create", { name: { after: "Migrated" } })],
      asAt,
    });
    expect(register.map((a) => a.name)).toEqual(["Migrated"]);
  });
});

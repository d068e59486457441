import { describe, expect, it } from "vitest";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { countArrangements } from "../../../../src/tab/dashboard/count-arrangements";
import { moneyByDirectorate } from "../../../../src/tab/dashboard/money-by-directorate";
import { pendingApprovals } from "../../../../src/tab/dashboard/pending-approvals";
import type { DashboardArrangement } from "../../../../src/tab/dashboard/register-rows";
import { reviewsDue } from "../../../../src/tab/dashboard/reviews-due";

const gravesham = getBuiltInPack("gravesham")!;
const directorates: Record<number, string> = { 1: "Place", 2: "Communities" };
const directorateName = (id: number) => directorates[id];

const rows: DashboardArrangement[] = [
  { id: 1, name: "CCTV", kind: "partnership", category: "significant", status: "active", directorateId: 2, councilContribution: 118_000, nextReviewDue: "2026-05-01" },
  { id: 2, name: "Waste", kind: "partnership", category: "significant", status: "under-review", directorateId: 1, councilContribution: 420_000, nextReviewDue: "2026-06-20" },
  { id: 3, name: "Youth forum", kind: "partnership", category: "other", status: "exiting", directorateId: 2, nextReviewDue: "2026-12-01" },
  { id: 4, name: "Legal", kind: "shared-service", status: "active", councilContribution: 50_000 },
  { id: 5, name: "Old scheme", kind: "partnership", category: "other", status: "ended", directorateId: 1, councilContribution: 9_999, nextReviewDue: "2025-01-01" },
  { id: 6, name: "New idea", kind: "partnership", status: "proposed", directorateId: 1 },
  { id: 7, name: "Typed badly", kind: "partnership" },
];

describe("the dashboard's figures", () => {
  it("counts current arrangements by the pack's categories, and uncategorised kinds by kind", () => {
    const counts = countArrangements(rows, gravesham, directorateName);
    expect(counts.total).toBe(7);
    expect(counts.current).toBe(5);
    expect(counts.byCategory.map((t) => [t.label, t.value])).toEqual([
      ["Significant", 2],
      ["Other", 1],
      ["Partnership (not categorised)", 1],
      ["Shared service (not categorised)", 1],
    ]);
  });

  it("counts every arrangement by status in lifecycle order, and an unreadable status apart", () => {
    const counts = countArrangements(rows, gravesham, directorateName);
    expect(counts.byStatus.map((t) => [t.label, t.value])).toEqual([
      ["Proposed", 1],
      ["Active", 2],
      ["Under review", 1],
      ["Exiting", 1],
      ["Ended", 1],
      ["Status not readable", 1],
    ]);
    expect(counts.unreadableStatus).toBe(1);
  });

  it("counts current arrangements by directorate name, with those that have none last", () => {
    const counts = countArrangements(rows, gravesham, directorateName);
    expect(counts.byDirectorate.map((t) => [t.label, t.value])).toEqual([
      ["Communities", 2],
      ["Place", 2],
      ["No directorate recorded", 1],
    ]);
  });

  it("lists reviews overdue first, then those due within the window, and leaves ended arrangements out", () => {
    const due = reviewsDue(rows, "2026-06-01", 90);
    expect(due.map((r) => [r.name, r.daysUntilDue, r.overdue])).toEqual([
      ["CCTV", -31, true],
      ["Waste", 19, false],
    ]);
  });

  it("says the review due today is not yet overdue", () => {
    expect(reviewsDue(rows, "2026-05-01")[0]).toMatchObject({ name: "CCTV", daysUntilDue: 0, overdue: false });
  });

  it("adds up council money of arrangements in operation, by directorate, largest first", () => {
    const money = moneyByDirectorate(rows, directorateName);
    expect(money.total).toBe(588_000);
    expect(money.byDirectorate.map((t) => [t.label, t.value])).toEqual([
      ["Place", 420_000],
      ["Communities", 118_000],
      ["No directorate recorded", 50_000],
    ]);
    expect(money.notRecorded).toBe(1);
  });

  it("lists approval stages that have gone out, longest wait first, naming who they wait for", () => {
    const now = new Date("2026-06-01T09:00:00Z");
    const names = new Map([[1, "CCTV"], [2, "Waste"]]);
    const approvals = pendingApprovals(
      [
        { id: 10, record: { label: "Leader's approval", arrangementId: 1, type: "approval", roles: ["leader"], status: "pending", requestedAt: "2026-05-20T10:00:00Z", assignees: [{ id: 3, title: "Cllr Margaret Holloway" }] } },
        { id: 11, record: { label: "Opinions", arrangementId: 2, type: "opinion", roles: ["section-151-officer"], status: "pending", requestedAt: "2026-04-01T10:00:00Z" } },
        { id: 12, record: { label: "Cabinet", arrangementId: 2, type: "meeting", roles: ["cabinet"], status: "pending" } },
        { id: 13, record: { label: "Done", arrangementId: 2, type: "approval", roles: ["leader"], status: "approved", requestedAt: "2026-01-01T10:00:00Z" } },
      ],
      now,
      (id) => names.get(id),
      (id) => gravesham.roles.find((r) => r.id === id)?.name ?? id,
    );
    expect(approvals.map((a) => [a.arrangementName, a.stage, a.waitingFor, a.daysWaiting])).toEqual([
      ["Waste", "Opinions", "Section 151 Officer", 60],
      ["CCTV", "Leader's approval", "Cllr Margaret Holloway", 11],
    ]);
  });
});

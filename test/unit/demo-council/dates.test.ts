import { describe, expect, it } from "vitest";
import { buildDemoCouncil } from "../../../src/demo-council";
import { daysBetween } from "../../../src/domain/review-calendar/days-between";

const overdue = (today: string) =>
  buildDemoCouncil(today)
    .arrangements.filter((a) => a.record.nextReviewDue !== undefined && a.record.nextReviewDue < today)
    .map((a) => a.key);

/** Every moment in the council's history, from the records that say when something happened. */
function moments(today: string): string[] {
  const c = buildDemoCouncil(today);
  return [
    ...c.auditEntries.map((e) => e.record.at),
    ...c.approvalStages.flatMap((s) => [s.record.requestedAt, s.record.decidedAt, ...(s.record.decisions ?? []).map((d) => d.at)]),
    ...c.opinions.map((o) => o.record.givenAt),
    ...c.evaluations.map((e) => e.record.submittedAt),
    ...c.reviews.map((r) => r.record.completedAt),
    ...c.exits.map((e) => e.record.decisionDate),
    ...c.interests.map((i) => i.record.dateDeclared),
  ].filter((m): m is string => m !== undefined);
}

describe("Northbrook's dates are counted from today", () => {
  it("builds the same council for the same day", () => {
    expect(buildDemoCouncil("2026-05-10")).toEqual(buildDemoCouncil("2026-05-10"));
  });

  it("moves its dates with today", () => {
    const now = buildDemoCouncil("2026-05-10");
    const later = buildDemoCouncil("2027-05-10");
    for (const [i, row] of now.arrangements.entries()) {
      const start = row.record.startDate;
      const laterStart = later.arrangements[i]?.record.startDate;
      if (start && laterStart) expect(daysBetween(start, laterStart), row.key).toBeGreaterThanOrEqual(364);
    }
    expect(later.arrangements.map((a) => a.record.status)).toEqual(now.arrangements.map((a) => a.record.status));
  });

  it.each(["2026-01-15", "2026-05-10", "2026-10-20", "2027-03-01"])("keeps the same arrangements overdue for review on %s", (today) => {
    expect(overdue(today)).toEqual(overdue("2026-05-10"));
    expect(overdue(today).length).toBeGreaterThanOrEqual(3);
  });

  it.each(["2026-01-15", "2026-05-10", "2026-10-20"])("tells nothing that has not happened yet on %s", (today) => {
    const late = moments(today).filter((m) => m.slice(0, 10) > today);
    expect(late).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { assuranceSummary } from "../../../../src/domain/governance-rating/assurance-summary";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const pack = getBuiltInPack("gravesham")!;
const arrangements = [
  { id: 1, name: "Alpha Trust", startDate: "2020-01-01" },
  { id: 2, name: "Beta Service", startDate: "2020-01-01" },
  { id: 3, name: "Gamma Group", startDate: "2020-01-01" },
  { id: 4, name: "Delta Board", startDate: "2020-01-01" },
  { id: 5, name: "Started after the window", startDate: "2026-06-01" },
];
const done = (id: number, arrangementId: number, rating: "substantial" | "limited" | "weak", answers: Record<string, string>, completedAt = "2026-03-10T10:00:00Z") => ({
  id,
  arrangementId,
  reviewTypeId: "governance-assurance",
  period: "2026",
  dueDate: "2026-03-31",
  status: "completed" as const,
  rating,
  answers,
  completedAt,
});

describe("the governance-assurance summary for the Annual Governance Statement", () => {
  const summary = assuranceSummary(pack, 2026, arrangements, [
    done(11, 1, "substantial", { "governance-in-place": "yes", "objectives-still-met": "yes" }),
    done(12, 2, "limited", { "governance-in-place": "yes", "objectives-still-met": "no", "objectives-still-met#comment": "Targets missed" }),
    done(13, 3, "weak", { "governance-in-place": "no", "objectives-still-met": "no" }),
    // Last year's assurance does not count for this year.
    { ...done(14, 4, "substantial", {}), period: "2025", dueDate: "2025-03-31" },
  ]);

  it("puts weak and no assurance at the top, then limited, reasonable, substantial", () => {
    expect(summary.rows.map((r) => [r.arrangement.name, r.level ?? "none"])).toEqual([
      ["Delta Board", "none"],
      ["Gamma Group", "weak"],
      ["Beta Service", "limited"],
      ["Alpha Trust", "substantial"],
    ]);
  });

  it("leaves out an arrangement that started after the year's window closed", () => {
    expect(summary.rows.some((r) => r.arrangement.id === 5)).toBe(false);
    expect(summary.window).toEqual({ start: "2026-02-01", end: "2026-03-31" });
  });

  it("says where assurance fell short, with the officer's comment", () => {
    expect(summary.rows.find((r) => r.arrangement.id === 2)?.gaps).toEqual([
      { question: "Is the arrangement still meeting the objectives set out in the register?", answer: "No", comment: "Targets missed" },
    ]);
    expect(summary.rows.find((r) => r.arrangement.id === 1)?.gaps).toEqual([]);
  });

  it("counts each level", () => {
    expect(summary.counts).toEqual({ none: 1, weak: 1, limited: 1, reasonable: 0, substantial: 1 });
  });

  it("uses the latest assurance when an arrangement gave two in a year", () => {
    const twice = assuranceSummary(pack, 2026, arrangements.slice(0, 1), [
      done(21, 1, "weak", {}, "2026-02-10T10:00:00Z"),
      done(22, 1, "substantial", { "governance-in-place": "yes", "objectives-still-met": "yes" }, "2026-03-20T10:00:00Z"),
    ]);
    expect(twice.rows[0]).toMatchObject({ level: "substantial", reviewId: 22 });
  });
});

import { describe, expect, it } from "vitest";
import { planRound, type RoundArrangement } from "../../../../src/domain/register-review/plan-round";
import { currentRoundYear, registerReviewRound, roundPeriodLabel, roundYearOf } from "../../../../src/domain/register-review/round-period";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const gravesham = getBuiltInPack("gravesham")!;
const wiltshire = getBuiltInPack("wiltshire")!;
const officer = { id: 7, title: "Sam Patel", email: "sam@council.example" };
const entry = (id: number, status: RoundArrangement["status"], extra: Partial<RoundArrangement> = {}): RoundArrangement => ({
  id, name: `Arrangement ${id}`, kind: "partnership", status, leadOfficer: officer, startDate: "2020-04-01", ...extra,
});

describe("opening a year's annual register review", () => {
  const round = registerReviewRound(gravesham, 2026);

  it("names the round by the council year it is held in and is due on the window's last day", () => {
    expect(round.period).toBe("2026/27");
    expect(round.window.end).toBe("2026-08-31");
  });

  it("gives each live arrangement one review, due at the end of the window", () => {
    const plan = planRound(gravesham, round, [entry(1, "active"), entry(2, "under-review"), entry(3, "exiting")], []);
    expect(plan.toCreate.map((r) => [r.arrangementId, r.reviewTypeId, r.period, r.dueDate, r.status])).toEqual([
      [1, "register-review", "2026/27", "2026-08-31", "due"],
      [2, "register-review", "2026/27", "2026-08-31", "due"],
      [3, "register-review", "2026/27", "2026-08-31", "due"],
    ]);
  });

  it("leaves out proposals and arrangements that have ended", () => {
    const plan = planRound(gravesham, round, [entry(1, "proposed"), entry(2, "ended"), entry(3, "awaiting-approval")], []);
    expect(plan.toCreate).toEqual([]);
  });

  it("creates nothing the second time: a year already open is recognised however its period was typed", () => {
    const first = planRound(gravesham, round, [entry(1, "active"), entry(2, "active")], []);
    const reviews = [
      { ...first.toCreate[0]! },
      { arrangementId: 2, reviewTypeId: "register-review", period: "2026", status: "completed" as const },
    ];
    const second = planRound(gravesham, round, [entry(1, "active"), entry(2, "active")], reviews);
    expect(second.toCreate).toEqual([]);
    expect(second.alreadyOpen).toEqual([1, 2]);
  });

  it("does not count last year's review, nor a cancelled one, as this year's", () => {
    const reviews = [
      { arrangementId: 1, reviewTypeId: "register-review", period: "2025/26", status: "completed" as const },
      { arrangementId: 1, reviewTypeId: "register-review", period: "2026/27", status: "cancelled" as const },
    ];
    expect(planRound(gravesham, round, [entry(1, "active")], reviews).toCreate).toHaveLength(1);
  });

  it("asks nothing of an arrangement that starts after the window closes, and says why", () => {
    const plan = planRound(gravesham, round, [entry(1, "active", { startDate: "2026-10-01" })], []);
    expect(plan.toCreate).toEqual([]);
    expect(plan.leftOut[0]?.reason).toMatch(/starts on 2026-10-01/);
  });

  it("says plainly when the council's policy sets no annual register review", () => {
    expect(() => registerReviewRound(wiltshire, 2026)).toThrow(/sets no annual review of the register/);
  });

  it("reads a period as typed in SharePoint, and refuses one that is not a council year", () => {
    expect(roundYearOf("2026/27")).toBe(2026);
    expect(roundYearOf(" 2026 ")).toBe(2026);
    expect(roundYearOf("2026/28")).toBeUndefined();
    expect(roundYearOf("Year 3")).toBeUndefined();
    expect(roundPeriodLabel(2099)).toBe("2099/00");
  });
});

describe("the round the Change Manager most likely means", () => {
  it("is the one whose window is open, else the next to open", () => {
    expect(currentRoundYear(gravesham, "2026-05-10")).toBe(2026);
    expect(currentRoundYear(gravesham, "2026-11-24")).toBe(2027);
    expect(currentRoundYear(gravesham, "2026-02-28")).toBe(2026);
    expect(currentRoundYear(wiltshire, "2026-05-10")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { roundProgress } from "../../../../src/domain/register-review/round-progress";
import { checkRoundAnswers, storedAnswers } from "../../../../src/domain/register-review/round-answers";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const sam = { id: 7, title: "Sam Patel" };
const jo = { id: 8, title: "Jo Reid" };
const arrangements = [
  { id: 1, name: "Alpha", leadOfficer: sam },
  { id: 2, name: "Beta", leadOfficer: sam },
  { id: 3, name: "Gamma", leadOfficer: jo },
  { id: 4, name: "Delta" },
];
const review = (id: number, arrangementId: number, status: "due" | "completed", period = "2026/27") => ({ id, arrangementId, reviewTypeId: "register-review", period, status });

describe("progress of a year's register review", () => {
  const progress = roundProgress(2026, arrangements, [
    review(11, 1, "completed"),
    review(12, 2, "due"),
    review(13, 3, "due"),
    review(14, 4, "due"),
    review(15, 3, "completed", "2025/26"),
  ]);

  it("counts each lead officer's confirmed and outstanding records for that year only", () => {
    const sams = progress.officers.find((o) => o.officer?.id === 7)!;
    expect([sams.confirmed, sams.outstanding, sams.notAnswered]).toEqual([1, 1, false]);
    const jos = progress.officers.find((o) => o.officer?.id === 8)!;
    expect([jos.confirmed, jos.outstanding, jos.notAnswered]).toEqual([0, 1, true]);
  });

  it("puts those who have not answered at all first, and keeps records with no lead officer visible", () => {
    expect(progress.officers[0]?.notAnswered).toBe(true);
    expect(progress.officers.some((o) => o.officer === undefined && o.outstanding === 1)).toBe(true);
    expect([progress.total, progress.confirmed, progress.outstanding, progress.notAnswered]).toEqual([4, 1, 3, 2]);
  });
});

describe("answers to the register review's questions", () => {
  const review = getBuiltInPack("gravesham")!.reviews.registerReview!;

  it("needs an answer to every question the pack asks, and a note with every no", () => {
    const problems = checkRoundAnswers(review, { "entry-current": { answer: "no" } });
    expect(problems.map((p) => p.questionId)).toEqual(["entry-current", "still-fit-for-purpose"]);
    expect(problems[0]?.message).toMatch(/Say what is wrong/);
  });

  it("keeps the answers in the officer's words", () => {
    const answers = { "entry-current": { answer: "yes" as const }, "still-fit-for-purpose": { answer: "no" as const, note: "The partner is leaving" } };
    expect(checkRoundAnswers(review, answers)).toEqual([]);
    expect(storedAnswers(review, answers)).toEqual({ "entry-current": "Yes.", "still-fit-for-purpose": "No: The partner is leaving" });
  });
});

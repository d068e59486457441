import { describe, expect, it } from "vitest";
import { evaluationSchema } from "../../../../src/domain/records/evaluation";
import { exitSchema } from "../../../../src/domain/records/exit";
import { representativeSchema } from "../../../../src/domain/records/representative";
import { isReviewOverdue, reviewSchema } from "../../../../src/domain/records/review";
import { holdsRoleOn, roleHolderSchema } from "../../../../src/domain/records/role-holder";

const leader = { id: 3, title: "Cllr Sam Patel" };

describe("who holds a role", () => {
  it("holds it from the first day to the last, inclusive", () => {
    const holder = { activeFrom: "2025-05-20", activeTo: "2026-05-19" };
    expect(holdsRoleOn(holder, "2025-05-20")).toBe(true);
    expect(holdsRoleOn(holder, "2026-05-19")).toBe(true);
    expect(holdsRoleOn(holder, "2026-05-20")).toBe(false);
    expect(holdsRoleOn({}, "2030-01-01")).toBe(true);
  });

  it("cannot stop holding a role before starting", () => {
    expect(roleHolderSchema.safeParse({ roleId: "leader", person: leader, activeFrom: "2025-05-20", activeTo: "2025-05-19" }).success).toBe(false);
  });
});

describe("a representative's term", () => {
  it("cannot end before it starts", () => {
    const rep = { name: "Cllr Sam Patel", arrangementId: 12, type: "councillor", termStart: "2025-05-20" };
    expect(representativeSchema.safeParse({ ...rep, termEnd: "2029-05-19" }).success).toBe(true);
    expect(representativeSchema.safeParse({ ...rep, termEnd: "2024-05-19" }).success).toBe(false);
  });
});

describe("an evaluation, a review and an exit", () => {
  it("records who submitted an evaluation and when", () => {
    const evaluation = { title: "Evaluation", arrangementId: 12, status: "submitted", answers: {}, policyPackId: "gravesham", policyVersion: "1.0.0" };
    expect(evaluationSchema.safeParse(evaluation).success).toBe(false);
    expect(evaluationSchema.safeParse({ ...evaluation, submittedBy: leader, submittedAt: "2025-04-01T09:30:00Z" }).success).toBe(true);
  });

  it("counts a review as overdue only while it is still owed", () => {
    expect(isReviewOverdue({ status: "due", dueDate: "2025-03-31" }, "2025-04-01")).toBe(true);
    expect(isReviewOverdue({ status: "completed", dueDate: "2025-03-31" }, "2025-04-01")).toBe(false);
    const review = { title: "Annual review 2024/25", arrangementId: 12, reviewTypeId: "annual-review", period: "2024/25", dueDate: "2025-03-31", status: "completed" };
    expect(reviewSchema.safeParse(review).success).toBe(false);
  });

  it("dates an agreed exit", () => {
    const exit = { title: "Exit from North Kent CSP", arrangementId: 12, reasonId: "objectives-achieved", decidedBy: [leader], status: "approved" };
    expect(exitSchema.safeParse(exit).success).toBe(false);
    expect(exitSchema.safeParse({ ...exit, decisionDate: "2025-09-01" }).success).toBe(true);
  });
});

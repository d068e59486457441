import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDate, isoDateTime, itemId, listItemMeta, nonEmpty, packRef, governanceLevels } from "./common";

export const reviewStatuses = ["due", "in-progress", "completed", "cancelled"] as const;

/**
 * A review an arrangement owes: a pack review cycle (annual review, shared-service year 1–2 or
 * year 3+ template, partnership working framework audit) or the register-wide windows (annual register review,
 * governance assurance for the Annual Governance Statement). "Overdue" is not stored: it is a
 * due review whose due date has passed, worked out on the day.
 */
export const reviewSchema = z
  .object({
    ...listItemMeta,
    title: nonEmpty,
    arrangementId: itemId,
    reviewTypeId: packRef,
    templateId: packRef.optional(),
    /** The period reviewed, e.g. "2025/26". */
    period: nonEmpty,
    dueDate: isoDate,
    status: z.enum(reviewStatuses),
    answers: z.record(z.string(), z.unknown()).optional(),
    /** A pack outcome id, e.g. joint-working code 6(vi) "remain-involved". */
    outcome: packRef.optional(),
    /** The governance assurance level the answers gave (src/domain/governance-rating), when the review rates governance. */
    rating: z.enum(governanceLevels).optional(),
    completedBy: personRefSchema.optional(),
    completedAt: isoDateTime.optional(),
    /** When the person who owes the review was last reminded by card; a further reminder waits `overdueReminderDays`. */
    lastRemindedAt: isoDateTime.optional(),
    /** When the overdue review was escalated to the director (once). */
    escalatedAt: isoDateTime.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.status === "completed" && (!r.completedBy || !r.completedAt)) {
      ctx.addIssue({ code: "custom", path: ["completedAt"], message: "a completed review records who completed it and when" });
    }
  });

export type Review = z.infer<typeof reviewSchema>;

export const isReviewOverdue = (review: Pick<Review, "status" | "dueDate">, today: string): boolean =>
  (review.status === "due" || review.status === "in-progress") && review.dueDate < today;

import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDateTime, itemId, listItemMeta, nonEmpty, packRef } from "./common";

export const evaluationStatuses = ["draft", "submitted"] as const;

/** One line of the engine's working, e.g. "Significant because council resource £65,000 ≥ £50,000". */
export const evaluationReasonSchema = z.object({ rule: z.string().optional(), text: nonEmpty, cite: z.string().optional() });

/**
 * The wizard's answers for one arrangement, with the policy pack version they were judged by and
 * the category and score that resulted, so a later change of policy never rewrites history.
 */
export const evaluationSchema = z
  .object({
    ...listItemMeta,
    title: nonEmpty,
    arrangementId: itemId,
    status: z.enum(evaluationStatuses),
    /** Question id → answer, as the wizard collected them. */
    answers: z.record(z.string(), z.unknown()),
    policyPackId: packRef,
    policyVersion: nonEmpty,
    category: packRef.optional(),
    score: z.number().min(0).max(100).optional(),
    reasons: z.array(evaluationReasonSchema).optional(),
    submittedBy: personRefSchema.optional(),
    submittedAt: isoDateTime.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.status === "submitted" && (!e.submittedBy || !e.submittedAt)) {
      ctx.addIssue({ code: "custom", path: ["submittedAt"], message: "a submitted evaluation records who submitted it and when" });
    }
  });

export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationReason = z.infer<typeof evaluationReasonSchema>;

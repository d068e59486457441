import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDate, itemId, listItemMeta, nonEmpty, packRef } from "./common";

export const exitStatuses = ["proposed", "approved", "in-progress", "completed", "cancelled"] as const;

/**
 * Leaving or ending an arrangement (default framework 2.12, 5.3; joint-working code 6(x)–(xiii)). The Lead Member
 * must be among those deciding; the arrangement stays on the register's history once ended.
 */
export const exitSchema = z
  .object({
    ...listItemMeta,
    title: nonEmpty,
    arrangementId: itemId,
    reasonId: packRef,
    notice: z.string().optional(),
    succession: z.string().optional(),
    liabilities: z.string().optional(),
    assets: z.string().optional(),
    decidedBy: z.array(personRefSchema),
    decisionDate: isoDate.optional(),
    status: z.enum(exitStatuses),
  })
  .superRefine((e, ctx) => {
    if ((e.status === "approved" || e.status === "in-progress" || e.status === "completed") && !e.decisionDate) {
      ctx.addIssue({ code: "custom", path: ["decisionDate"], message: "an agreed exit records the date it was decided" });
    }
  });

export type Exit = z.infer<typeof exitSchema>;

import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDate, itemId, listItemMeta, nonEmpty } from "./common";

/** Likelihood and impact are each scored 1 (lowest) to 5 (highest) (default framework 4.13). */
const oneToFive = z.number().int().min(1).max(5);

export const riskStatuses = ["open", "closed"] as const;

/** A risk on an arrangement's risk register (default framework 2.11, 4.13; joint-working code 9). */
export const riskSchema = z.object({
  ...listItemMeta,
  title: nonEmpty,
  arrangementId: itemId,
  description: z.string().optional(),
  likelihood: oneToFive,
  impact: oneToFive,
  mitigation: z.string().optional(),
  owner: personRefSchema.optional(),
  reviewDate: isoDate.optional(),
  status: z.enum(riskStatuses),
  /** Major partnerships' risks also go on the corporate risk register (joint-working code 9(vi)). */
  onCorporateRegister: z.boolean(),
});

export type Risk = z.infer<typeof riskSchema>;

/** Likelihood × impact: 1 to 25. */
export const riskScore = (risk: Pick<Risk, "likelihood" | "impact">): number => risk.likelihood * risk.impact;

/** Is the risk's review date before `today` while the risk is still open? */
export const isRiskReviewOverdue = (risk: Pick<Risk, "status" | "reviewDate">, today: string): boolean =>
  risk.status === "open" && risk.reviewDate !== undefined && risk.reviewDate < today;

import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDateTime, itemId, listItemMeta, nonEmpty, packRef } from "./common";

export const opinionViews = ["supports", "concerns", "objects"] as const;

/**
 * The recorded opinion of a statutory officer (Monitoring Officer, Section 151 Officer) that must
 * precede any approval (default framework 2.14, 3.9).
 */
export const statutoryOpinionSchema = z.object({
  ...listItemMeta,
  title: nonEmpty,
  arrangementId: itemId,
  stageId: itemId,
  /** The pack role the officer gave it as, e.g. "section-151-officer". */
  roleId: packRef.optional(),
  officer: personRefSchema,
  view: z.enum(opinionViews),
  text: nonEmpty,
  givenAt: isoDateTime,
});

export type StatutoryOpinion = z.infer<typeof statutoryOpinionSchema>;

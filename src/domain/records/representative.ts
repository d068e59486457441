import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { inOrder, isoDate, itemId, listItemMeta, nonEmpty } from "./common";

export const representativeTypes = ["councillor", "officer"] as const;

/**
 * A councillor or officer who represents the council on an arrangement (joint-working code 11; partnership working framework 4).
 * The name is always kept, so a representative who is not a user of the site can still be listed.
 */
export const representativeSchema = z
  .object({
    ...listItemMeta,
    name: nonEmpty,
    arrangementId: itemId,
    person: personRefSchema.optional(),
    type: z.enum(representativeTypes),
    /** Their role on the partnership, e.g. "Board member", "Observer". */
    role: z.string().optional(),
    termStart: isoDate.optional(),
    termEnd: isoDate.optional(),
    substitute: personRefSchema.optional(),
    /** When the annual review of representation last confirmed the appointment continues (joint-working code 11(iii)). */
    confirmedOn: isoDate.optional(),
  })
  .superRefine((r, ctx) => {
    if (!inOrder(r.termStart, r.termEnd)) {
      ctx.addIssue({ code: "custom", path: ["termEnd"], message: "the term ends before it starts" });
    }
  });

export type Representative = z.infer<typeof representativeSchema>;

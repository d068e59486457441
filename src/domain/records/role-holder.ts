import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { inOrder, isoDate, itemId, listItemMeta, packRef } from "./common";

/**
 * Who holds a pack role (Leader, a portfolio's holder, the statutory officers, directors, the
 * Change Manager), optionally for one portfolio or directorate and for a period. Approval routes
 * resolve their roles to people through these rows.
 */
export const roleHolderSchema = z
  .object({
    ...listItemMeta,
    roleId: packRef,
    person: personRefSchema,
    portfolioId: itemId.optional(),
    directorateId: itemId.optional(),
    /** Acts for the holder (e.g. during leave); decisions are recorded as on their behalf. */
    delegate: personRefSchema.optional(),
    activeFrom: isoDate.optional(),
    activeTo: isoDate.optional(),
  })
  .superRefine((h, ctx) => {
    if (!inOrder(h.activeFrom, h.activeTo)) {
      ctx.addIssue({ code: "custom", path: ["activeTo"], message: "the role ends before it starts" });
    }
  });

export type RoleHolder = z.infer<typeof roleHolderSchema>;

/** Does the holder hold the role on `day` (inclusive at both ends)? */
export const holdsRoleOn = (holder: Pick<RoleHolder, "activeFrom" | "activeTo">, day: string): boolean =>
  inOrder(holder.activeFrom, day) && inOrder(day, holder.activeTo);

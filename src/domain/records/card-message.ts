import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDateTime, itemId, listItemMeta, nonEmpty } from "./common";

/**
 * Why a card went out: a stage's request, an inform stage's notice, a reminder, a decision notice,
 * or a review round's card to a lead officer (its Title names the round, one per person per round).
 */
export const cardMessageKinds = ["request", "inform", "reminder", "notice", "review-round"] as const;
export type CardMessageKind = (typeof cardMessageKinds)[number];

/**
 * One card the approvals bot posted into a person's chat. Kept so that once a stage is decided
 * every copy of its card (the assignees', the reminders) is updated in place to the decided card,
 * and so a reminder run knows what it already sent (DESIGN.md "Approvals and cards").
 */
export const cardMessageSchema = z.object({
  ...listItemMeta,
  title: nonEmpty,
  /** Absent on a card about several arrangements (a review round's). */
  arrangementId: itemId.optional(),
  /** Absent on a card that is not about an approval stage (a review round's). */
  stageId: itemId.optional(),
  person: personRefSchema,
  kind: z.enum(cardMessageKinds),
  conversationId: nonEmpty,
  serviceUrl: nonEmpty,
  /** The id Teams gave the posted activity: what an update-activity call names. */
  activityId: nonEmpty,
  sentAt: isoDateTime,
});

export type CardMessage = z.infer<typeof cardMessageSchema>;

import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDateTime, itemId, listItemMeta, nonEmpty } from "./common";

/** Why a card went out: a stage's request, an inform stage's notice, a reminder, or a decision notice. */
export const cardMessageKinds = ["request", "inform", "reminder", "notice"] as const;
export type CardMessageKind = (typeof cardMessageKinds)[number];

/**
 * One card the approvals bot posted into a person's chat. Kept so that once a stage is decided
 * every copy of its card (the assignees', the reminders) is updated in place to the decided card,
 * and so a reminder run knows what it already sent (DESIGN.md "Approvals and cards").
 */
export const cardMessageSchema = z.object({
  ...listItemMeta,
  title: nonEmpty,
  arrangementId: itemId,
  stageId: itemId,
  person: personRefSchema,
  kind: z.enum(cardMessageKinds),
  conversationId: nonEmpty,
  serviceUrl: nonEmpty,
  /** The id Teams gave the posted activity: what an update-activity call names. */
  activityId: nonEmpty,
  sentAt: isoDateTime,
});

export type CardMessage = z.infer<typeof cardMessageSchema>;

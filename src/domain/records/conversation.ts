import { z } from "zod";
import { personRefSchema } from "./person-ref";
import { isoDateTime, listItemMeta, nonEmpty } from "./common";

/**
 * Where the approvals bot can reach a person proactively: the personal conversation Teams gave
 * it when the app was installed for them. Keyed by Entra object id, which is what Teams sends.
 */
export const conversationSchema = z.object({
  ...listItemMeta,
  aadObjectId: nonEmpty,
  person: personRefSchema.optional(),
  conversationId: nonEmpty,
  /** The person's id in that conversation (29:…): what a card's refresh.userIds lists. */
  userId: z.string().optional(),
  serviceUrl: nonEmpty,
  tenantId: z.string().optional(),
  updatedAt: isoDateTime.optional(),
});

export type Conversation = z.infer<typeof conversationSchema>;

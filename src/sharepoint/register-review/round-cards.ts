import type { SPFI } from "@pnp/sp";
import type { CardMessage } from "../../domain/records/card-message";
import type { PersonRef } from "../../domain/records/person-ref";
import type { Conversation } from "../../domain/records/conversation";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

export const roundCardKind = "review-round";

/** The CardMessages Title that names one round's card: one per person per round. */
export const roundCardTitle = (reviewTypeId: string, period: string): string => `${reviewTypeId} ${period}`;

/** Round cards already sent (Kind is indexed), and where each person can be reached, in one `$batch`. */
export async function readRoundCardState(sp: SPFI): Promise<{ sent: ListRow<CardMessage>[]; conversations: ListRow<Conversation>[] }> {
  const [sent, conversations] = await readTogether(sp, [
    (b) => repositoryFor(sp, "CardMessages").within(b).query({ select: ["Title", "Person", "Kind", "SentAt"], filter: eq("Kind", roundCardKind) }),
    (b) => repositoryFor(sp, "Conversations").within(b).query({ select: ["Title", "Person", "ConversationId", "ServiceUrl", "UserId", "TenantId", "UpdatedAt"] }),
  ] as const);
  return { sent, conversations };
}

/** Remembers a round card, so no later sweep sends that person another for the same round. */
export async function recordRoundCard(sp: SPFI, message: { title: string; person: PersonRef; conversationId: string; serviceUrl: string; activityId: string; sentAt: string }, actor: PersonRef): Promise<void> {
  await repositoryFor(sp, "CardMessages").add({ ...message, kind: roundCardKind }, actor, { reason: "The annual register review card was sent" });
}

/**
 * Notes on each outstanding review a round card listed that its owner has been told by card
 * (LastRemindedAt), so the review-reminder sweep does not send a second card per record as the
 * review "falls due"; it reminds again only once a review is overdue. Returns what it could not note.
 */
export async function noteReviewsTold(sp: SPFI, reviews: readonly { id: number; etag?: string; lastRemindedAt?: string }[], at: string, actor: PersonRef): Promise<string[]> {
  const repository = repositoryFor(sp, "Reviews");
  const problems: string[] = [];
  for (const review of reviews) {
    if (review.lastRemindedAt || !review.etag) continue;
    try {
      await repository.update(review.id, { lastRemindedAt: at }, review.etag, actor, { reason: "The annual register review card was sent" });
    } catch (error) {
      problems.push(`Review #${review.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

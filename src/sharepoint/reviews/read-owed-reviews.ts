import type { SPFI } from "@pnp/sp";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Conversation } from "../../domain/records/conversation";
import type { Review } from "../../domain/records/review";
import type { RoleHolder } from "../../domain/records/role-holder";
import { eq, or } from "../odata";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

export interface OwedReviews {
  /** Reviews due or in progress, whatever their date. */
  reviews: ListRow<Review>[];
  arrangements: Map<number, ListRow<Arrangement>>;
  roleHolders: ListRow<RoleHolder>[];
  conversations: ListRow<Conversation>[];
}

/**
 * What a reminder run needs, in one `$batch`: every review still owed, the arrangements they are
 * under (who owes them, which directorate), the role holders (who is each directorate's director)
 * and where the bot can reach each person.
 */
export async function readOwedReviews(sp: SPFI): Promise<OwedReviews> {
  const [reviews, arrangements, roleHolders, conversations] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Reviews").within(b).query({ filter: or(eq("Status", "due"), eq("Status", "in-progress")), orderBy: [{ field: "DueDate" }] }),
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ select: ["Title", "Status", "Directorate", "LeadOfficer", "SponsoringOfficer"] }),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "Directorate", "ActiveFrom", "ActiveTo"] }),
    (b) => repositoryFor(sp, "Conversations").within(b).query({ select: ["Title", "Person", "ConversationId", "ServiceUrl", "UserId", "TenantId", "UpdatedAt"] }),
  ] as const);
  return { reviews, arrangements: new Map(arrangements.map((a) => [a.id, a])), roleHolders, conversations };
}

/** Notes on the review that a reminder (or the escalation) went out, ETag-safe and audited. */
export async function markReviewReminded(
  sp: SPFI,
  review: ListRow<Review>,
  sent: { lastRemindedAt?: string; escalatedAt?: string },
  actor: { id: number; title?: string; email?: string },
): Promise<string> {
  const what = [sent.lastRemindedAt ? "reminder" : undefined, sent.escalatedAt ? "escalation to the director" : undefined].filter(Boolean).join(" and ");
  const { etag } = await repositoryFor(sp, "Reviews").update(review.id, sent, review.etag, actor, { reason: `Review ${what} sent by card` });
  return etag;
}

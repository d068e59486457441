import type { SPFI } from "@pnp/sp";
import type { Conversation } from "../../domain/records/conversation";
import type { PersonRef } from "../../domain/records/person-ref";
import { eq } from "../odata";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

const columns = ["Title", "Person", "ConversationId", "ServiceUrl", "UserId", "TenantId", "UpdatedAt"];

/** The conversation Teams gave the bot with this person (by Entra object id), if the app is installed for them. */
export async function findConversation(sp: SPFI, aadObjectId: string): Promise<ListRow<Conversation> | undefined> {
  const rows = await repositoryFor(sp, "Conversations").query({ select: columns, filter: eq("Title", aadObjectId), limit: 1 });
  return rows[0];
}

/**
 * Stores where the bot can reach a person, once per Entra object id: a re-install (new
 * conversation id or service URL) updates the row in place, and an unchanged one writes nothing.
 * The person themselves is the actor in the audit trail: installing the app is their act.
 */
export async function saveConversation(sp: SPFI, conversation: Omit<Conversation, "id" | "etag" | "person"> & { person: PersonRef }): Promise<ListRow<Conversation> | undefined> {
  const repository = repositoryFor(sp, "Conversations");
  const existing = await findConversation(sp, conversation.aadObjectId);
  const { updatedAt: _ignored, ...wanted } = conversation;
  const same = existing && (Object.keys(wanted) as (keyof typeof wanted)[]).every((k) => k === "person" ? existing.record.person?.id === wanted.person.id : existing.record[k] === wanted[k]);
  if (same) return existing;
  if (existing) await repository.update(existing.id, conversation, existing.etag, conversation.person, { reason: "The approvals bot was installed or re-installed in Teams" });
  else await repository.add(conversation, conversation.person, { reason: "The approvals bot was installed in Teams" });
  return findConversation(sp, conversation.aadObjectId);
}

/** Everyone's conversations, keyed by site user id (a person installed twice keeps the newest). */
export function conversationsByPerson(rows: readonly ListRow<Conversation>[]): Map<number, Conversation & { id: number }> {
  const out = new Map<number, Conversation & { id: number }>();
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const { person, conversationId, serviceUrl, aadObjectId } = row.record;
    if (person && conversationId && serviceUrl && aadObjectId) out.set(person.id, { ...(row.record as Conversation), id: row.id });
  }
  return out;
}

import type { SPFI } from "@pnp/sp";
import type { Conversation } from "../../domain/records/conversation";
import type { PersonRef } from "../../domain/records/person-ref";
import { ConcurrencyError } from "../errors/concurrency-error";
import { NotFoundError } from "../errors/not-found-error";
import { eq } from "../odata";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

const columns = ["Title", "Person", "ConversationId", "ServiceUrl", "UserId", "TenantId", "UpdatedAt"];

/** The conversation Teams gave the bot with this person (by Entra object id), if the app is installed for them. */
export async function findConversation(sp: SPFI, aadObjectId: string): Promise<ListRow<Conversation> | undefined> {
  const rows = await repositoryFor(sp, "Conversations").query({ select: columns, filter: eq("Title", aadObjectId), orderBy: [{ field: "Id" }], limit: 1 });
  return rows[0];
}

const attempts = 4;

/**
 * Stores where the bot can reach a person, once per Entra object id: a re-install (new
 * conversation id or service URL) updates the row in place, and an unchanged one writes nothing.
 * The person themselves is the actor in the audit trail: installing the app is their act.
 *
 * Teams often sends installationUpdate and conversationUpdate for one install at the same moment,
 * and any bot instance may take each. So the read-modify-write is retried when SharePoint answers
 * 412 (the other event saved first: re-read, and usually there is then nothing to write), and two
 * first-time adds that raced are folded into the older row, so one person has one row.
 */
export async function saveConversation(sp: SPFI, conversation: Omit<Conversation, "id" | "etag" | "person"> & { person: PersonRef }): Promise<ListRow<Conversation> | undefined> {
  const repository = repositoryFor(sp, "Conversations");
  const { updatedAt: _ignored, ...wanted } = conversation;
  for (let attempt = 1; ; attempt++) {
    const existing = await findConversation(sp, conversation.aadObjectId);
    const same = existing && (Object.keys(wanted) as (keyof typeof wanted)[]).every((k) => (k === "person" ? existing.record.person?.id === wanted.person.id : existing.record[k] === wanted[k]));
    if (same) return existing;
    try {
      if (existing) await repository.update(existing.id, conversation, existing.etag, conversation.person, { reason: "The approvals bot was installed or re-installed in Teams" });
      else {
        await repository.add(conversation, conversation.person, { reason: "The approvals bot was installed in Teams" });
        await foldDuplicates(sp, conversation.aadObjectId, conversation.person);
      }
      return findConversation(sp, conversation.aadObjectId);
    } catch (error) {
      if (!ConcurrencyError.is(error) || attempt >= attempts) throw error;
    }
  }
}

/** Two adds for one person that crossed: keep the oldest row (the one findConversation reads), remove the rest. */
async function foldDuplicates(sp: SPFI, aadObjectId: string, actor: PersonRef): Promise<void> {
  const repository = repositoryFor(sp, "Conversations");
  const rows = await repository.query({ select: columns, filter: eq("Title", aadObjectId), orderBy: [{ field: "Id" }] });
  for (const extra of rows.slice(1)) {
    try {
      await repository.delete(extra.id, extra.etag, actor, { reason: "A second record of the same Teams install, made by an install event that arrived at the same moment" });
    } catch (error) {
      // The other event folded it first: nothing left to do.
      if (!ConcurrencyError.is(error) && !NotFoundError.is(error)) throw error;
    }
  }
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

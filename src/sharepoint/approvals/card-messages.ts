import type { SPFI } from "@pnp/sp";
import type { CardMessage } from "../../domain/records/card-message";
import type { PersonRef } from "../../domain/records/person-ref";
import { and, eq, ge } from "../odata";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

/** Remembers a card the bot posted, so it can be updated in place later. `actor` is the bot's acting person. */
export async function recordCardMessage(sp: SPFI, message: Omit<CardMessage, "id" | "etag">, actor: PersonRef): Promise<void> {
  await repositoryFor(sp, "CardMessages").add(message, actor);
}

/** Every card posted for a stage: the requests, reminders and notices, to update once it is decided. */
export async function cardMessagesForStage(sp: SPFI, stageId: number): Promise<ListRow<CardMessage>[]> {
  return repositoryFor(sp, "CardMessages").query({ filter: eq("StageId", stageId), orderBy: [{ field: "Id" }] });
}

/** Reminders sent since `since` (an ISO moment), for a reminder run to skip those already nudged. */
export async function remindersSince(sp: SPFI, since: string): Promise<ListRow<CardMessage>[]> {
  return repositoryFor(sp, "CardMessages").query({ filter: and(eq("Kind", "reminder"), ge("SentAt", new Date(since))), select: ["Title", "Stage", "Person", "Kind", "SentAt"] });
}

import type { Activity, ChannelAccount } from "./activity-types";
import { type LocalTeamsPerson, personalConversationId, userAccount } from "./teams-people";
import type { TeamsStore } from "./teams-store";

export interface InstallOptions {
  botUrl: string;
  serviceUrl: string;
  tenantId: string;
  bot: ChannelAccount;
  store: TeamsStore;
}

/**
 * "Installs the app" for a person as Teams does in personal scope: the 1:1 conversation exists,
 * then the bot receives `installationUpdate` (action add) and `conversationUpdate` (the bot added
 * to the chat), both from the person. The bot records the conversation itself, as in a tenant.
 */
export async function installFor(person: LocalTeamsPerson, options: InstallOptions): Promise<void> {
  const conversation = options.store.ensureConversation(personalConversationId(person), person.email);
  const base = {
    serviceUrl: options.serviceUrl,
    channelId: "msteams",
    from: userAccount(person),
    recipient: options.bot,
    conversation: { id: conversation.id, conversationType: "personal" as const, tenantId: options.tenantId },
    channelData: { tenant: { id: options.tenantId }, source: { name: "local" } },
    locale: "en-GB",
  };
  const now = new Date().toISOString();
  await postToBot(options.botUrl, { ...base, type: "installationUpdate", action: "add", id: `install-${conversation.id}-${now}`, timestamp: now });
  // As Teams (and the Agents Playground) do on a personal install: both the person and the bot join.
  const membersAdded = [{ id: base.from.id, aadObjectId: person.aadObjectId }, { id: options.bot.id }];
  await postToBot(options.botUrl, { ...base, type: "conversationUpdate", membersAdded, id: `added-${conversation.id}-${now}`, timestamp: now });
}

/** Installs for everyone, a few at a time (the bot writes a Conversations row for each). */
export async function installForEveryone(people: readonly LocalTeamsPerson[], options: InstallOptions): Promise<void> {
  const queue = [...people];
  const worker = async () => {
    for (let person = queue.shift(); person; person = queue.shift()) await installFor(person, options);
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/** Posts an activity to the bot's messaging endpoint as the Teams service would; a non-2xx is an error. */
export async function postToBot(botUrl: string, activity: Activity): Promise<{ status: number; body: string }> {
  const response = await fetch(botUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity) });
  const body = await response.text();
  if (!response.ok) throw new Error(`the bot answered ${response.status} to ${activity.type}${activity.name ? ` ${activity.name}` : ""}: ${body.slice(0, 300)}`);
  return { status: response.status, body };
}

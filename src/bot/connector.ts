import { Client as ApiClient } from "@microsoft/teams.api";
import type { Client as HttpClient } from "@microsoft/teams.common";
import type { AdaptiveCard } from "../cards/card-types";
import { defaultRetryPolicy, withRetries, type RetryPolicy } from "./retry-policy";

/** Where a message lives: the conversation's service URL and id. */
export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
}

/** A member of a conversation as the connector describes them (e-mail and UPN are what match a site user). */
export interface ConversationMember {
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  name?: string;
}

/**
 * The three connector calls the bot makes, behind a narrow interface (teams.ts's habit: tests
 * pass a fake with three methods). Sends and updates retry on 429 with backoff and jitter.
 */
export interface Connector {
  send(to: ConversationAddress, card: AdaptiveCard, summary: string): Promise<{ activityId: string }>;
  update(to: ConversationAddress, activityId: string, card: AdaptiveCard, summary: string): Promise<void>;
  member(to: ConversationAddress, userId: string): Promise<ConversationMember>;
}

const cardActivity = (card: AdaptiveCard, summary: string) => ({
  type: "message" as const,
  summary,
  attachments: [{ contentType: "application/vnd.microsoft.card.adaptive" as const, content: card }],
});

/**
 * The connector through the Teams SDK's own API client, one per service URL (Teams hands each
 * conversation its own). `http` is the app's client carrying the bot's token — none in local mode.
 */
export function teamsConnector(http: HttpClient, policy: RetryPolicy = defaultRetryPolicy): Connector {
  const clients = new Map<string, ApiClient>();
  const api = (serviceUrl: string): ApiClient => {
    const key = serviceUrl.replace(/\/+$/, "");
    let client = clients.get(key);
    if (!client) {
      client = new ApiClient(key, http);
      clients.set(key, client);
    }
    return client;
  };
  return {
    async send(to, card, summary) {
      const sent = await withRetries(() => api(to.serviceUrl).conversations.activities(to.conversationId).create(cardActivity(card, summary)), policy);
      if (!sent?.id) throw new Error(`Teams accepted the card for conversation ${to.conversationId} but gave no message id`);
      return { activityId: sent.id };
    },
    async update(to, activityId, card, summary) {
      await withRetries(() => api(to.serviceUrl).conversations.activities(to.conversationId).update(activityId, { ...cardActivity(card, summary), id: activityId }), policy);
    },
    async member(to, userId) {
      const member = await withRetries(() => api(to.serviceUrl).conversations.members(to.conversationId).getById(userId), policy);
      return {
        ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
        ...(member.email ? { email: member.email } : {}),
        ...(member.userPrincipalName ? { userPrincipalName: member.userPrincipalName } : {}),
        ...(member.name ? { name: member.name } : {}),
      };
    },
  };
}

/**
 * What the local Teams connector's inbox read answers (src/local/teams, `/_connector/local/inbox`).
 * The tab may not import src/local, so the wire shape is restated here.
 */
export interface TeamsAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
  role?: string;
}

export interface CardAttachment {
  contentType: string;
  content?: unknown;
}

export interface InboxActivity {
  id: string;
  type: string;
  timestamp: string;
  lastUpdated?: string;
  text?: string;
  summary?: string;
  attachments?: CardAttachment[];
  from?: TeamsAccount;
}

export interface Inbox {
  /** The person as the bot knows them in this conversation (their `29:` id and object id). */
  person: TeamsAccount;
  bot: TeamsAccount;
  conversation: { id: string; conversationType: string; tenantId: string };
  installed: boolean;
  serviceUrl: string;
  tenantId: string;
  /** Newest first. */
  activities: InboxActivity[];
}

export const adaptiveCardType = "application/vnd.microsoft.card.adaptive";

/** The activity's Adaptive Card, if it carries one (the pane shows plain messages as text). */
export function cardOf(activity: InboxActivity): Record<string, unknown> | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === adaptiveCardType);
  const content = attachment?.content;
  return content && typeof content === "object" && !Array.isArray(content) ? (content as Record<string, unknown>) : undefined;
}

/** Changes when the bot sends or updates a card: the pane's cue to drop a user-specific view. */
export const activityVersion = (activity: InboxActivity): string => `${activity.id}@${activity.lastUpdated ?? activity.timestamp}`;

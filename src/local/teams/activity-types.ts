/**
 * The Bot Framework activity shapes the local connector stores and sends: only the fields a
 * Teams bot reads or writes. Anything else the bot sends is kept as it came (Teams does the same).
 */
export interface ChannelAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
  role?: "user" | "bot";
}

export interface ConversationAccount {
  id: string;
  conversationType?: "personal" | "groupChat" | "channel";
  tenantId?: string;
  isGroup?: boolean;
}

export interface Attachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

/** An activity as it travels on the wire, with the fields every bot SDK looks at typed. */
export interface Activity {
  type: string;
  id?: string;
  name?: string;
  timestamp?: string;
  serviceUrl?: string;
  channelId?: string;
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  conversation?: ConversationAccount;
  replyToId?: string;
  text?: string;
  textFormat?: string;
  summary?: string;
  attachments?: Attachment[];
  value?: unknown;
  action?: string;
  membersAdded?: ChannelAccount[];
  channelData?: Record<string, unknown>;
  locale?: string;
  [extra: string]: unknown;
}

/** What the connector keeps of a sent activity: the activity plus when it was last changed. */
export interface StoredActivity extends Activity {
  id: string;
  timestamp: string;
  /** Set by an update (PUT): the pane uses it to notice that the bot changed a card for everyone. */
  lastUpdated?: string;
}

/** A 1:1 conversation between the bot and one person, as Teams creates on install. */
export interface StoredConversation {
  id: string;
  /** The person's e-mail, lower case: how the pane asks for an inbox. */
  email: string;
  activities: StoredActivity[];
}

export const adaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

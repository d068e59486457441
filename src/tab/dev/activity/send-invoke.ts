import { adaptiveCardType, type Inbox } from "./inbox-types";

/** The bot's answer to a card action, as Teams reads it. */
export type InvokeOutcome =
  | { kind: "card"; card: Record<string, unknown> }
  | { kind: "message"; text: string }
  | { kind: "error"; text: string };

export interface CardAction {
  verb: string;
  /** The button's title: Teams sends it along with the verb. */
  title?: string;
  data: unknown;
  /** "automatic" when the pane refreshes a card by itself, "manual" for a button press. */
  trigger: "automatic" | "manual";
}

/**
 * The `adaptiveCard/action` invoke exactly as Teams sends it for Action.Execute (and for a card's
 * refresh), posted to the real bot through npm start's same-origin proxy. No shortcut: if this
 * works here, the bot behaves the same when Teams sends it.
 */
export function buildInvoke(inbox: Inbox, replyToId: string, action: CardAction): Record<string, unknown> {
  const now = new Date();
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: `f:${crypto.randomUUID()}`,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    channelId: "msteams",
    serviceUrl: inbox.serviceUrl,
    from: { id: inbox.person.id, name: inbox.person.name, aadObjectId: inbox.person.aadObjectId },
    recipient: { id: inbox.bot.id, name: inbox.bot.name },
    conversation: { id: inbox.conversation.id, conversationType: "personal", tenantId: inbox.tenantId },
    replyToId,
    channelData: { tenant: { id: inbox.tenantId }, source: { name: "message" }, legacy: { replyToId } },
    entities: [{ type: "clientInfo", locale: "en-GB", country: "GB", platform: "Web", timezone: "Europe/London" }],
    locale: "en-GB",
    value: { action: { type: "Action.Execute", ...(action.title ? { title: action.title } : {}), verb: action.verb, data: action.data }, trigger: action.trigger },
  };
}

export async function sendInvoke(inbox: Inbox, replyToId: string, action: CardAction): Promise<InvokeOutcome> {
  const response = await fetch("/_bot/api/messages", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(buildInvoke(inbox, replyToId, action)),
  });
  const text = await response.text();
  if (!response.ok) return { kind: "error", text: `The bot answered ${response.status}. ${text.slice(0, 200)}` };
  return readInvokeResponse(text);
}

/** Teams' three invoke answers: a card (replace it), a message (show it), an error (say so). */
export function readInvokeResponse(text: string): InvokeOutcome {
  if (text.trim() === "") return { kind: "error", text: "The bot answered without a card." };
  const body = JSON.parse(text) as { statusCode?: number; type?: string; value?: unknown };
  if (body.type === adaptiveCardType && body.value && typeof body.value === "object") return { kind: "card", card: body.value as Record<string, unknown> };
  if (body.type === "application/vnd.microsoft.activity.message" && typeof body.value === "string") return { kind: "message", text: body.value };
  const error = body.value as { message?: string } | undefined;
  return { kind: "error", text: error?.message ?? `The bot answered ${body.statusCode ?? "without a status"}.` };
}

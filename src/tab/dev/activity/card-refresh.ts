import type { CardAction } from "./send-invoke";
import type { TeamsAccount } from "./inbox-types";

/**
 * Teams' Universal Actions refresh: when a card shown to someone asks for a refresh and lists
 * them in `refresh.userIds` (or lists nobody, which in a 1:1 chat means the one reader), Teams
 * sends the refresh action as an automatic invoke and shows that person the card the bot returns.
 * Our cards rely on it: only the assignee's refreshed view has the buttons.
 */
export function refreshActionFor(card: Record<string, unknown>, person: TeamsAccount): CardAction | undefined {
  const refresh = card.refresh as { action?: { type?: string; verb?: string; data?: unknown }; userIds?: unknown } | undefined;
  const action = refresh?.action;
  if (!action || action.type !== "Action.Execute" || typeof action.verb !== "string") return undefined;
  const ids = Array.isArray(refresh.userIds) ? refresh.userIds.filter((id): id is string => typeof id === "string") : [];
  if (ids.length > 0 && !ids.some((id) => isMe(id, person))) return undefined;
  return { verb: action.verb, data: action.data ?? {}, trigger: "automatic" };
}

function isMe(id: string, person: TeamsAccount): boolean {
  const wanted = id.trim().toLowerCase();
  const oid = person.aadObjectId?.toLowerCase();
  return wanted === person.id.toLowerCase() || (oid !== undefined && (wanted === oid || wanted === `8:orgid:${oid}`));
}

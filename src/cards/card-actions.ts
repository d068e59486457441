import type { CardElement } from "./card-elements";
import { cardVerbs, type CardContext, type CardPerson, type CardVerb } from "./card-types";

/** Teams shows a user-specific view to at most 60 people (TOOLCHAIN.md "Teams platform limits"). */
export const maxRefreshUsers = 60;

/** Only ids travel in a card: the bot re-reads the stage by id and never trusts the card's data. */
export const actionData = (ctx: CardContext): { stageId: number; arrangementId: number } => ({
  stageId: ctx.stage.id,
  arrangementId: ctx.arrangement.id,
});

export const executeAction = (
  ctx: CardContext,
  verb: CardVerb,
  title: string,
  options: { style?: "positive" | "destructive"; associatedInputs?: "auto" | "none" } = {},
): CardElement => ({ type: "Action.Execute", verb, title, data: actionData(ctx), ...options });

/** The assignees' Teams ids, once each: the people whose view refreshes to show them the buttons. */
export function refreshUserIds(assignees: readonly CardPerson[]): string[] {
  const ids = assignees.map((person) => person.userId?.trim()).filter((id): id is string => Boolean(id));
  return [...new Set(ids)].slice(0, maxRefreshUsers);
}

/**
 * The card asks Teams to fetch a fresh view for each assignee when they look at it; the bot
 * answers with cardForViewer, so the assignee sees buttons and everyone else the current state.
 */
export const refreshFor = (ctx: CardContext): CardElement => ({
  action: { type: "Action.Execute", verb: cardVerbs.refresh, data: actionData(ctx) },
  userIds: refreshUserIds(ctx.stage.assignees),
});

/**
 * The record link is built by the bot, never typed by a user; anything other than a web address
 * (a javascript: link, say) is a bug upstream and is refused rather than put in front of a member.
 */
export function openRecordAction(recordUrl: string): CardElement {
  let protocol: string;
  try {
    protocol = new URL(recordUrl).protocol;
  } catch (error) {
    throw new Error(`the record link is not a web address: ${recordUrl.slice(0, 200)}`, { cause: error });
  }
  if ((protocol !== "https:" && protocol !== "http:") || recordUrl.length > 2048) {
    throw new Error(`the record link must be an http(s) address under 2,048 characters: ${recordUrl.slice(0, 200)}`);
  }
  return { type: "Action.OpenUrl", title: "Open the record", url: recordUrl };
}

import type { AdaptiveCard } from "../cards/card-types";

/**
 * An `adaptiveCard/action` answer (TOOLCHAIN.md "Teams pieces"): the card Teams puts in place of
 * the one clicked, or a message it shows while keeping the card (what to fix, what went wrong).
 */
export type CardAnswer =
  | { statusCode: 200; type: "application/vnd.microsoft.card.adaptive"; value: AdaptiveCard }
  | { statusCode: 200; type: "application/vnd.microsoft.activity.message"; value: string }
  | { statusCode: 400; type: "application/vnd.microsoft.error"; value: { code: string; message: string } };

export const cardAnswer = (card: AdaptiveCard): CardAnswer => ({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card });

export const messageAnswer = (text: string): CardAnswer => ({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text });

export const badRequest = (message: string): CardAnswer => ({ statusCode: 400, type: "application/vnd.microsoft.error", value: { code: "BadRequest", message } });

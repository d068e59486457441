import { openRecordAction, refreshFor } from "./card-actions";
import type { CardElement } from "./card-elements";
import type { AdaptiveCard, CardContext } from "./card-types";

const schemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

/**
 * Wraps a body in a 1.5 card (the version Teams needs for Action.Execute and refresh), puts the
 * "Open the record" link after any buttons, and asks for a refresh while anyone still has to act.
 */
export function cardShell(ctx: CardContext, body: CardElement[], options: { actions?: CardElement[]; refresh: boolean }): AdaptiveCard {
  const card: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: schemaUrl,
    version: "1.5",
    body,
    actions: [...(options.actions ?? []), openRecordAction(ctx.arrangement.recordUrl)],
    // Full width gives long opinions room to breathe in Teams chats.
    msteams: { width: "Full" },
  };
  if (options.refresh) card.refresh = refreshFor(ctx);
  return card;
}

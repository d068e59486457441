import { requestCard } from "./request-card";
import type { AdaptiveCard, CardContext } from "./card-types";

/** Tells a role holder about a stage that needs nothing from them; "Noted" is an optional acknowledgement. */
export function informCard(ctx: CardContext): AdaptiveCard {
  return requestCard(ctx, "inform");
}

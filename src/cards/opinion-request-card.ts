import { requestCard } from "./request-card";
import type { AdaptiveCard, CardContext } from "./card-types";

/** Asks a statutory officer for a view (supports / has concerns / objects) and a written opinion (default framework 2.14). */
export function opinionRequestCard(ctx: CardContext): AdaptiveCard {
  return requestCard(ctx, "opinion");
}

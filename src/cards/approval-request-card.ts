import { requestCard } from "./request-card";
import type { AdaptiveCard, CardContext } from "./card-types";

/** Asks an approver to approve, reject or ask for changes; the last two need a comment. */
export function approvalRequestCard(ctx: CardContext): AdaptiveCard {
  return requestCard(ctx, "approval");
}

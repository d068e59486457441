import { approvalRequestCard } from "./approval-request-card";
import type { AdaptiveCard, CardContext } from "./card-types";
import { informCard } from "./inform-card";
import { opinionRequestCard } from "./opinion-request-card";
import { assigneeWithUserId, hasDecided } from "./stage-viewers";
import { statusCard } from "./status-card";

/**
 * The answer to a refresh (verb "card.refresh"): an assignee who still owes this stage an answer
 * gets the request with its buttons; everyone else, including an assignee who has already
 * answered, gets the current state. The bot checks the actor again when a button is pressed.
 */
export function cardForViewer(ctx: CardContext, viewerUserId: string | undefined): AdaptiveCard {
  const { stage } = ctx;
  const assignee = assigneeWithUserId(stage, viewerUserId);
  if (!assignee || hasDecided(stage, assignee)) return statusCard(ctx);
  // The route marks inform stages noted as soon as it reaches them; acknowledging stays open.
  if (stage.type === "inform" && (stage.status === "pending" || stage.status === "noted")) return informCard(ctx);
  if (stage.status !== "pending") return statusCard(ctx);
  switch (stage.type) {
    case "opinion":
      return opinionRequestCard(ctx);
    case "approval":
      return approvalRequestCard(ctx);
    case "inform":
      return informCard(ctx);
    case "meeting":
      // Meetings are recorded in the register, not from a card.
      return statusCard(ctx);
  }
}

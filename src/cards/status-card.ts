import { textBlock } from "./card-elements";
import { cardHeader } from "./card-header";
import { fitCard } from "./card-limits";
import { cardShell } from "./card-shell";
import { cardSummary } from "./card-summary";
import type { AdaptiveCard, CardContext } from "./card-types";
import { decidedCard } from "./decided-card";
import { decisionSection } from "./decision-section";
import { namesText } from "./people-text";
import { awaitedAssignees } from "./stage-viewers";
import { statusHeadline, statusStyles } from "./stage-words";

/**
 * The current state of a stage, with no buttons: what everyone but the awaited assignees sees.
 * While the stage is pending it says whom it waits for and keeps asking Teams for a refresh, so
 * an assignee who opens it still gets their buttons.
 */
export function statusCard(ctx: CardContext): AdaptiveCard {
  const { stage } = ctx;
  if (stage.status !== "pending") {
    const last = stage.decisions.at(-1);
    return decidedCard({ ...ctx, outcome: stage.status, decidedBy: last?.person, comment: last?.comment });
  }
  return fitCard((limits) => {
    const awaited = awaitedAssignees(stage);
    const waitingFor =
      awaited.length > 0
        ? `Waiting for ${namesText(awaited.map((person) => person.title), limits.people, limits.name)}.`
        : stage.assignees.length === 0
          ? "Waiting for someone to hold the role."
          : "Everyone has answered; the register is moving it on.";
    const body = [
      cardHeader(ctx, statusHeadline("pending", stage.type), statusStyles.pending, limits),
      textBlock(waitingFor, { weight: "bolder" }),
      ...cardSummary(ctx, limits),
      ...decisionSection(stage, limits),
    ];
    return cardShell(ctx, body, { refresh: true });
  });
}

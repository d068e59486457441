import { textBlock } from "./card-elements";
import { cardHeader } from "./card-header";
import { fitCard } from "./card-limits";
import { cardShell } from "./card-shell";
import { cardSummary } from "./card-summary";
import { cardLine } from "./card-text";
import type { AdaptiveCard, CardContext, CardPerson } from "./card-types";
import { namesText } from "./people-text";

/**
 * The answer to someone who pressed a button on a decision that is not theirs (DESIGN.md: the
 * bot checks the person acting is the assignee). It says who it is assigned to, with no buttons;
 * while the stage is pending it keeps its refresh so a manual refresh shows the current state.
 */
export function notAssigneeCard(ctx: CardContext & { actor: CardPerson }): AdaptiveCard {
  return fitCard((limits) => {
    const { stage } = ctx;
    const people = stage.assignees.length > 0 ? namesText(stage.assignees.map((person) => person.title), limits.people, limits.name) : "nobody yet";
    const roles = namesText(stage.roleNames, limits.people, limits.label);
    const body = [
      cardHeader(ctx, "This decision is not yours to make", "attention", limits),
      textBlock(`This decision is assigned to **${people}**${roles ? ` as ${roles}` : ""}.`),
      textBlock(
        `${cardLine(ctx.actor.title, limits.name)}, you can't act on it, and nothing has been recorded. ` +
          "If you think it should be yours, ask the Change Manager to check who holds the role.",
      ),
      ...cardSummary(ctx, limits),
    ];
    return cardShell(ctx, body, { refresh: stage.status === "pending" });
  });
}

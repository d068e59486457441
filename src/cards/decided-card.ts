import { dateText, textBlock, type CardElement } from "./card-elements";
import { cardHeader } from "./card-header";
import { fitCard } from "./card-limits";
import { cardShell } from "./card-shell";
import { cardSummary } from "./card-summary";
import { cardLine, cardText } from "./card-text";
import type { AdaptiveCard, CardContext, CardPerson } from "./card-types";
import { decisionSection } from "./decision-section";
import { asStageStatus, statusHeadline, statusStyles } from "./stage-words";

/**
 * What everyone sees once a stage is decided: the outcome, who decided and why, and the same
 * summary, with no buttons. `outcome` is a stage status ("approved") or the decision in words.
 * A decided stage never changes again, so the card asks for no refresh.
 */
export function decidedCard(ctx: CardContext & { outcome: string; decidedBy?: CardPerson; comment?: string }): AdaptiveCard {
  const status = asStageStatus(ctx.outcome) ?? ctx.stage.status;
  return fitCard((limits) => {
    const said = asStageStatus(ctx.outcome) ? statusHeadline(status, ctx.stage.type) : cardLine(ctx.outcome, limits.label);
    // An exit's outcome is named as one: "Exit approved", "Exit refused".
    const headline = ctx.exitDecision ? `Exit ${status === "approved" ? "approved" : status === "rejected" ? "refused" : said.toLowerCase()}` : said;
    const who: CardElement[] = [];
    const lastDecision = ctx.stage.decisions.at(-1);
    if (ctx.decidedBy) {
      const when = lastDecision && lastDecision.person.id === ctx.decidedBy.id ? ` on ${dateText(lastDecision.at)}` : "";
      who.push(textBlock(`Decided by **${cardLine(ctx.decidedBy.title, limits.name)}**${when}.`));
    }
    if (ctx.comment) who.push(textBlock(`**Comment:** ${cardText(ctx.comment, limits.note)}`));
    const body = [
      cardHeader(ctx, headline, statusStyles[status], limits),
      ...who,
      ...cardSummary(ctx, limits),
      ...decisionSection(ctx.stage, limits),
    ];
    return cardShell(ctx, body, { refresh: false });
  });
}

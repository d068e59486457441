import { heading, textBlock, type CardElement, type ContainerStyle } from "./card-elements";
import { cardHeader } from "./card-header";
import { fitCard } from "./card-limits";
import { cardShell } from "./card-shell";
import { cardSummary } from "./card-summary";
import type { AdaptiveCard, CardContext } from "./card-types";
import { decisionSection } from "./decision-section";
import { requestParts } from "./request-parts";
import type { StageType } from "../domain/policy-pack/pack-schema";

/**
 * A card that asks its assignee to act: the ask, the summary, the decisions so far, then the
 * inputs right above the buttons. Request and reminder cards differ only in their header.
 */
export function requestCard(
  ctx: CardContext,
  type: StageType,
  header?: { headline: string; style: ContainerStyle },
): AdaptiveCard {
  return fitCard((limits) => {
    const parts = requestParts(type, ctx, limits);
    const body: CardElement[] = [
      cardHeader(ctx, header?.headline ?? parts.headline, header?.style ?? "emphasis", limits),
      // A reminder's band says how long it has waited; the ask itself follows.
      ...(header ? [textBlock(parts.headline, { weight: "bolder" })] : []),
      ...parts.intro,
      ...cardSummary(ctx, limits),
      ...decisionSection(ctx.stage, limits),
    ];
    if (parts.inputs.length > 0) body.push(heading(type === "opinion" ? "Your opinion" : "Your decision"), ...parts.inputs);
    return cardShell(ctx, body, { actions: parts.actions, refresh: true });
  });
}

import { container, textBlock, type CardElement, type ContainerStyle } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine } from "./card-text";
import type { CardContext } from "./card-types";

/**
 * The coloured band at the top: what kind of card this is, what the reader is asked, and the
 * arrangement's name, so the card makes sense in a busy chat before anyone scrolls.
 */
export function cardHeader(ctx: CardContext, headline: string, style: ContainerStyle, limits: TextLimits): CardElement {
  return container(
    [
      textBlock(`Partnership register · ${cardLine(ctx.stage.label, limits.label)}`, { isSubtle: true, spacing: "none" }),
      textBlock(headline, { size: "large", weight: "bolder", spacing: "small" }),
      textBlock(cardLine(ctx.arrangement.name, limits.name), { size: "medium", weight: "bolder", spacing: "small" }),
    ],
    { style, bleed: true },
  );
}

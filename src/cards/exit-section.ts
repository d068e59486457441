import { heading, textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine, cardText } from "./card-text";
import type { CardArrangement } from "./card-types";

/** How the council would get out, and who starts it (default framework 2.12): asked before any approval. */
export function exitSection(arrangement: CardArrangement, limits: TextLimits): CardElement[] {
  const strategy = arrangement.exitStrategy ? cardText(arrangement.exitStrategy, limits.paragraph) : "No exit strategy recorded yet.";
  const instigator = arrangement.exitInstigator
    ? `Exit would be instigated by ${cardLine(arrangement.exitInstigator, limits.name)}.`
    : "Nobody is named yet to instigate an exit.";
  return [heading("Exit strategy"), textBlock(strategy), textBlock(instigator, { isSubtle: true, spacing: "small" })];
}

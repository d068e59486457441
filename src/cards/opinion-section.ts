import { container, dateText, heading, textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine, cardText, moreInTheRecord } from "./card-text";
import type { CardOpinion } from "./card-types";
import { plural } from "./format-values";
import { viewColours, viewWords } from "./stage-words";

/**
 * The statutory officers' opinions so far (default framework 2.14, 3.9): approvers decide with them in
 * front of them. When there are more than fit, the latest are shown.
 */
export function opinionSection(opinions: readonly CardOpinion[], limits: TextLimits): CardElement[] {
  if (opinions.length === 0) return [heading("Statutory opinions"), textBlock("No opinions given yet.")];
  const shown = opinions.slice(-limits.opinions);
  const hidden = opinions.length - shown.length;
  const elements: CardElement[] = [heading("Statutory opinions")];
  if (hidden > 0) elements.push(textBlock(`${plural(hidden, "earlier opinion")} not shown ${moreInTheRecord}`, { isSubtle: true }));
  for (const opinion of shown) {
    elements.push(
      container(
        [
          textBlock(`**${cardLine(opinion.officer, limits.name)}**, ${cardLine(opinion.roleName, limits.label)} · ${dateText(opinion.givenAt)}`, {
            spacing: "none",
          }),
          textBlock(viewWords[opinion.view], { weight: "bolder", color: viewColours[opinion.view], spacing: "none" }),
          textBlock(cardText(opinion.text, limits.paragraph), { spacing: "small" }),
        ],
        { spacing: "medium", separator: true },
      ),
    );
  }
  return elements;
}

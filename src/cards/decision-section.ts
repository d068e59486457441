import { container, dateText, heading, textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine, cardText, moreInTheRecord } from "./card-text";
import type { CardStage } from "./card-types";
import { plural } from "./format-values";
import { decisionInWords } from "./stage-words";

/** Who on this stage has already decided what, and why: an approval needs every assignee. */
export function decisionSection(stage: CardStage, limits: TextLimits): CardElement[] {
  if (stage.decisions.length === 0) return [];
  const shown = stage.decisions.slice(-limits.decisions);
  const hidden = stage.decisions.length - shown.length;
  const elements: CardElement[] = [heading("Decisions on this stage")];
  if (hidden > 0) elements.push(textBlock(`${plural(hidden, "earlier decision")} not shown ${moreInTheRecord}`, { isSubtle: true }));
  for (const decision of shown) {
    const words = decisionInWords(decision.decision) ?? cardLine(decision.decision, limits.label);
    const items = [textBlock(`**${cardLine(decision.person.title, limits.name)}** · ${words} · ${dateText(decision.at)}`, { spacing: "none" })];
    if (decision.comment) items.push(textBlock(`“${cardText(decision.comment, limits.note)}”`, { spacing: "none" }));
    elements.push(container(items, { spacing: "small" }));
  }
  return elements;
}

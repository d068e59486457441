import { dateText, factSet, heading, textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine, cardText } from "./card-text";
import type { CardContext } from "./card-types";
import { formatPounds } from "./format-values";
import { namesText } from "./people-text";

/**
 * What a member needs first: what the arrangement is, its category and why, what the council
 * puts in, who it is with, and what it is for (DOMAIN.md "Approval routes").
 */
export function arrangementFacts(ctx: CardContext, limits: TextLimits): CardElement[] {
  const { arrangement, stage, leadOfficer } = ctx;
  const facts: [string, string][] = [
    ["Kind", cardLine(arrangement.kindLabel, limits.label)],
    ["Category", arrangement.categoryLabel ? cardLine(arrangement.categoryLabel, limits.label) : "Not categorised"],
    ["Council money", arrangement.councilMoney === undefined ? "Not recorded" : `${formatPounds(arrangement.councilMoney)} a year`],
    ["Partners", arrangement.partners.length > 0 ? namesText(arrangement.partners, limits.partners, limits.name) : "None recorded"],
  ];
  if (leadOfficer) facts.push(["Lead officer", cardLine(leadOfficer.title, limits.name)]);
  facts.push(["Asked of", stageAudience(ctx, limits)]);
  if (stage.requestedAt) facts.push(["Asked on", dateText(stage.requestedAt)]);

  const elements: CardElement[] = [factSet(facts)];
  if (arrangement.categoryReason) {
    elements.push(textBlock(`**Why this category:** ${cardText(arrangement.categoryReason, limits.paragraph)}`));
  }
  elements.push(heading("Purpose"), textBlock(arrangement.purpose ? cardText(arrangement.purpose, limits.paragraph) : "No purpose recorded yet."));
  return elements;
}

/** "Jo Bloggs, Sam Smith (Leader, Portfolio Holder)": the people, then the roles they hold. */
function stageAudience(ctx: CardContext, limits: TextLimits): string {
  const { assignees, roleNames } = ctx.stage;
  const roles = namesText(roleNames, limits.people, limits.label);
  if (assignees.length === 0) return roles ? `${roles} (no holder yet)` : "Nobody yet";
  const people = namesText(assignees.map((person) => person.title), limits.people, limits.name);
  return roles ? `${people} (${roles})` : people;
}

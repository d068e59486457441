import { createRequire } from "node:module";
import type * as AdaptiveCards from "adaptivecards";

/** The `lib/` ESM build of adaptivecards fails on Node 20; the UMD bundle works (TOOLCHAIN.md). */
export const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;

/**
 * Every problem Microsoft's own Adaptive Cards library finds in a card: events raised while
 * parsing (unknown types, bad values, a version it can't honour) and validation events after.
 */
export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

export function parsedCard(json: unknown): AdaptiveCards.AdaptiveCard {
  const card = new AC.AdaptiveCard();
  card.parse(json, new AC.SerializationContext());
  return card;
}

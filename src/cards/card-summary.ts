import { arrangementFacts } from "./arrangement-facts";
import type { CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import type { CardContext } from "./card-types";
import { exitSection } from "./exit-section";
import { opinionSection } from "./opinion-section";
import { riskSection } from "./risk-section";

/** Everything a member needs to decide, in the order they read it; the same on every card. */
export const cardSummary = (ctx: CardContext, limits: TextLimits): CardElement[] => [
  ...arrangementFacts(ctx, limits),
  ...riskSection(ctx.arrangement.topRisks, limits),
  ...exitSection(ctx.arrangement, limits),
  ...opinionSection(ctx.opinions, limits),
];

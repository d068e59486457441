import { arrangementFacts } from "./arrangement-facts";
import type { CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import type { CardContext } from "./card-types";
import { exitDecisionSection } from "./exit-decision-section";
import { exitSection } from "./exit-section";
import { opinionSection } from "./opinion-section";
import { riskSection } from "./risk-section";

/** Everything a member needs to decide, in the order they read it; the same on every card. */
export const cardSummary = (ctx: CardContext, limits: TextLimits): CardElement[] => [
  // An exit decision says so before anything else.
  ...(ctx.exitDecision ? exitDecisionSection(ctx.exitDecision, limits) : []),
  ...arrangementFacts(ctx, limits),
  ...riskSection(ctx.arrangement.topRisks, limits),
  ...exitSection(ctx.arrangement, limits),
  ...opinionSection(ctx.opinions, limits),
];

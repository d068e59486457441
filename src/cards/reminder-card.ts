import { plural } from "./format-values";
import { requestCard } from "./request-card";
import type { AdaptiveCard, CardContext } from "./card-types";

/** A nudge to someone who still owes a decision: the request again, with the same buttons, under a warning band. */
export function reminderCard(ctx: CardContext & { daysWaiting: number }): AdaptiveCard {
  const days = Number.isFinite(ctx.daysWaiting) ? Math.max(0, Math.floor(ctx.daysWaiting)) : 0;
  return requestCard(ctx, ctx.stage.type, { headline: `Reminder: waiting ${plural(days, "day")} for you`, style: "warning" });
}

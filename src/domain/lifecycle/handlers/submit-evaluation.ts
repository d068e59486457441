import type { LifecycleContext } from "../lifecycle-context";
import { advanceRoute, hasStageOfType, resetRoute } from "../route-progress";
import type { LifecycleState } from "../states";
import { moved, type TransitionResult } from "./transition-result";

/**
 * Submitting the evaluation starts the route afresh (a resubmission after changes needs fresh
 * decisions). Opinions come first (default framework 2.14); a route with nothing to decide — a working
 * group (2.15–2.16) or an inform-only route (3.10 ad hoc resilience) — goes straight to active.
 */
export function submitEvaluation(context: LifecycleContext): TransitionResult {
  const { stages, effects } = advanceRoute(resetRoute(context.stages));
  const state: LifecycleState = hasStageOfType(stages, ["opinion"])
    ? "awaiting-opinions"
    : hasStageOfType(stages, ["approval", "meeting"])
      ? "awaiting-approval"
      : "active";
  const told = state === "active" ? effects.filter((effect) => effect.type !== "route-complete") : effects;
  return moved(context, state, { stages }, told);
}

import { guardReasonGiven } from "../guards/guard-reason-given";
import type { LifecycleContext } from "../lifecycle-context";
import { moved, refused, type TransitionResult } from "./transition-result";

/** Screening is the wizard's first step: is this a partnership at all? (DOMAIN.md "What an arrangement is") */
export const startScreening = (context: LifecycleContext): TransitionResult => moved(context, "screening");

export const screenIn = (context: LifecycleContext): TransitionResult => moved(context, "evaluation");

export function screenOut(context: LifecycleContext, event: { reason: unknown }): TransitionResult {
  const error = guardReasonGiven(event.reason, "screen-out");
  return error ? refused(error) : moved(context, "screened-out");
}

import { guardExitDecisionRole } from "../guards/guard-exit-decision";
import { firstError } from "../guards/first-error";
import { guardReasonGiven } from "../guards/guard-reason-given";
import type { LifecycleContext } from "../lifecycle-context";
import { moved, refused, type TransitionResult } from "./transition-result";

/** Reviews (default framework 6.6–6.11) take an active arrangement aside and bring it back. */
export const beginReview = (context: LifecycleContext): TransitionResult => moved(context, "under-review");

export const completeReview = (context: LifecycleContext): TransitionResult => moved(context, "active");

/** An exit starts a fresh decision: whoever took part in an earlier, abandoned one must do so again. */
export function beginExit(context: LifecycleContext, event: { reason: unknown }): TransitionResult {
  const error = guardReasonGiven(event.reason, "begin-exit");
  if (error) return refused(error);
  const exit = { ...context.exit, approvedBy: [] };
  return moved(context, "exiting", { exit }, [{ type: "open-exit-decision", roles: exit.decisionRoles, cite: exit.cite }]);
}

export function approveExit(context: LifecycleContext, event: { role: string }): TransitionResult {
  const error = guardExitDecisionRole(context, event.role);
  if (error) return refused(error);
  const exit = { ...context.exit, approvedBy: [...context.exit.approvedBy, event.role] };
  return moved(context, "exiting", { exit });
}

/**
 * A role that decides the exit refuses it, saying why: the arrangement is active again and the
 * exit's decision starts afresh if it is begun again (default framework 5.3).
 */
export function refuseExit(context: LifecycleContext, event: { role: string; reason: unknown }): TransitionResult {
  const error = firstError(
    () => guardReasonGiven(event.reason, "refuse-exit"),
    () => guardExitDecisionRole(context, event.role),
  );
  if (error) return refused(error);
  return moved(context, "active", { exit: { ...context.exit, approvedBy: [] } });
}

/** default framework 5.3: "with Cabinet being advised of this decision as appropriate". */
export function end(context: LifecycleContext): TransitionResult {
  const roles = context.exit.informRoles ?? [];
  return moved(context, "ended", {}, roles.length > 0 ? [{ type: "inform-exit", roles, cite: context.exit.cite }] : []);
}

export function withdraw(context: LifecycleContext, event: { reason: unknown }): TransitionResult {
  const error = guardReasonGiven(event.reason, "withdraw");
  return error ? refused(error) : moved(context, "withdrawn");
}


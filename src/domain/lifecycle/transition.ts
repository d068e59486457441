import { guardNotFinal } from "./guards/guard-not-final";
import { allApprovalsGiven, recordOpinion, recordStageDecision, reject, requestChanges } from "./handlers/route-handlers";
import { approveExit, beginExit, beginReview, completeReview, end, refuseExit, withdraw } from "./handlers/operation-handlers";
import { screenIn, screenOut, startScreening } from "./handlers/screening-handlers";
import { submitEvaluation } from "./handlers/submit-evaluation";
import { refused, type TransitionResult } from "./handlers/transition-result";
import { explainRefusal, unknownEvent } from "./explain-refusal";
import type { LifecycleContext } from "./lifecycle-context";
import { isLifecycleEventType, type LifecycleEvent } from "./lifecycle-events";
import { prechecks } from "./prechecks";
import { ruleFor } from "./transition-table";

export type { TransitionResult } from "./handlers/transition-result";

/**
 * The lifecycle state machine (DOMAIN.md "Lifecycle"). Pure: it never throws for a refused event
 * and never stores anything; the caller stores `context` and carries out `effects`.
 * Order of checks: final states, then the table, then context guards, then the event's own.
 */
export function transition(context: LifecycleContext, event: LifecycleEvent): TransitionResult {
  const final = guardNotFinal(context.state);
  if (final) return refused(final);
  // Events come from cards and forms: the type is checked at run time, not only by the compiler.
  const type: unknown = (event as { type?: unknown } | null)?.type;
  if (!isLifecycleEventType(type)) return refused(unknownEvent(context, type));
  if (!ruleFor(type, context.state)) return refused(explainRefusal(context, type));
  const blocked = prechecks[type](context);
  if (blocked) return refused(blocked);
  return apply(context, event);
}

function apply(context: LifecycleContext, event: LifecycleEvent): TransitionResult {
  switch (event.type) {
    case "start-screening":
      return startScreening(context);
    case "screen-in":
      return screenIn(context);
    case "screen-out":
      return screenOut(context, event);
    case "submit-evaluation":
      return submitEvaluation(context);
    case "record-opinion":
      return recordOpinion(context, event);
    case "record-stage-decision":
      return recordStageDecision(context, event);
    case "request-changes":
      return requestChanges(context, event);
    case "reject":
      return reject(context, event);
    case "all-approvals-given":
      return allApprovalsGiven(context);
    case "begin-review":
      return beginReview(context);
    case "complete-review":
      return completeReview(context);
    case "begin-exit":
      return beginExit(context, event);
    case "approve-exit":
      return approveExit(context, event);
    case "refuse-exit":
      return refuseExit(context, event);
    case "end":
      return end(context);
    case "withdraw":
      return withdraw(context, event);
  }
}

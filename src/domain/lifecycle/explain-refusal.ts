import { guardStatutoryOpinionsRecorded } from "./guards/guard-statutory-opinions";
import type { LifecycleContext } from "./lifecycle-context";
import { LifecycleError } from "./lifecycle-error";
import { eventLabels, type LifecycleEventType } from "./lifecycle-events";
import { stateLabels } from "./states";
import { rulesFrom } from "./transition-table";
import { citing, listOf, roleNames } from "./wording";

/**
 * Why an event the table does not allow from this state was refused. Where the domain has a
 * sharper answer than "not now" it gives it: an approval tried while opinions are awaited gets
 * the statutory-opinion message (default framework 2.14); withdrawing a live arrangement is pointed to
 * the exit, where the Lead Member must take part (default framework 5.3).
 */
const approvalEvents: readonly LifecycleEventType[] = ["record-stage-decision", "reject", "all-approvals-given"];
const liveStates = ["active", "under-review", "exiting"] as const;

export function allowedFromHere(context: LifecycleContext): string {
  const labels = rulesFrom(context.state).map((rule) => eventLabels[rule.event]);
  return `From ${stateLabels[context.state]} the register allows: ${labels.length > 0 ? listOf(labels) : "nothing"}.`;
}

export function explainRefusal(context: LifecycleContext, event: LifecycleEventType): LifecycleError {
  if (context.state === "awaiting-opinions" && approvalEvents.includes(event)) {
    const opinions = guardStatutoryOpinionsRecorded(context);
    if (opinions) return opinions;
  }
  if (event === "withdraw" && (liveStates as readonly string[]).includes(context.state)) {
    const { decisionRoles, cite } = context.exit;
    const who = decisionRoles.length > 0 ? `, so that the ${listOf(roleNames(context, decisionRoles))} can take part in the decision` : "";
    return new LifecycleError(
      "exit-instead",
      `An arrangement that is ${stateLabels[context.state].toLowerCase()} is not withdrawn: it is left through an exit${who}${citing(cite)}. ${context.state === "exiting" ? "Finish the exit instead." : "Begin an exit instead."}`,
      cite,
    );
  }
  return new LifecycleError(
    "not-allowed-now",
    `"${eventLabels[event]}" cannot happen while the arrangement is ${stateLabels[context.state]}. ${allowedFromHere(context)}`,
  );
}

export function unknownEvent(context: LifecycleContext, type: unknown): LifecycleError {
  const named = typeof type === "string" && type !== "" ? `"${type}"` : "An event with no name";
  return new LifecycleError("unknown-event", `${named} is not something that can happen to an arrangement. ${allowedFromHere(context)}`);
}

import type { LifecycleContext } from "./lifecycle-context";
import type { LifecycleError } from "./lifecycle-error";
import type { LifecycleEventType } from "./lifecycle-events";
import { prechecks } from "./prechecks";
import { isFinal } from "./states";
import { rulesFrom } from "./transition-table";

/**
 * What the tab may offer now: events the table allows from this state whose context guards pass.
 * Events that also need details (a reason, the acting role) may still be refused for those.
 */
export function allowedEvents(context: LifecycleContext): LifecycleEventType[] {
  return offered(context)
    .filter((entry) => entry.blockedBy === null)
    .map((entry) => entry.event);
}

/** Events this state allows but the context blocks, with why — for a disabled button's explanation. */
export function blockedEvents(context: LifecycleContext): { event: LifecycleEventType; error: LifecycleError }[] {
  return offered(context).flatMap((entry) => (entry.blockedBy ? [{ event: entry.event, error: entry.blockedBy }] : []));
}

function offered(context: LifecycleContext): { event: LifecycleEventType; blockedBy: LifecycleError | null }[] {
  if (isFinal(context.state)) return [];
  return rulesFrom(context.state).map((rule) => ({ event: rule.event, blockedBy: prechecks[rule.event](context) }));
}

import type { LifecycleContext } from "../lifecycle-context";
import { LifecycleError } from "../lifecycle-error";
import { citing, listOf, roleName, roleNames } from "../wording";

/**
 * default framework 5.3: "the Lead Member must be involved in any decision to exit a partnership". The
 * pack names the roles (`exit.decisionRoles`); each must take part before the arrangement ends.
 */
export function guardExitDecisionRole(context: LifecycleContext, role: unknown): LifecycleError | null {
  const { decisionRoles, approvedBy, cite } = context.exit;
  if (typeof role !== "string" || !decisionRoles.includes(role)) {
    const who = typeof role === "string" ? `The ${roleName(context, role)} is` : "Nobody named is";
    const those = decisionRoles.length > 0 ? `those are the ${listOf(roleNames(context, decisionRoles))}` : "this policy names none";
    return new LifecycleError("not-an-exit-decision-role", `${who} not one of the roles that decide an exit: ${those}${citing(cite)}.`, cite);
  }
  if (approvedBy.includes(role)) {
    return new LifecycleError("already-decided", `The ${roleName(context, role)} has already taken part in the decision to exit.`, cite);
  }
  return null;
}

/** Context-only: is anyone still to take part? (Offering "take part" when all have is pointless.) */
export function guardExitDecisionOutstanding(context: LifecycleContext): LifecycleError | null {
  const { decisionRoles, approvedBy, cite } = context.exit;
  if (decisionRoles.some((role) => !approvedBy.includes(role))) return null;
  return new LifecycleError("already-decided", `Every role that decides an exit has already taken part${citing(cite)}: the arrangement can now be ended.`, cite);
}

export function guardExitDecisionComplete(context: LifecycleContext): LifecycleError | null {
  const { decisionRoles, approvedBy, cite } = context.exit;
  const missing = roleNames(context, decisionRoles.filter((role) => !approvedBy.includes(role)));
  if (missing.length === 0) return null;
  const who = missing.length === 1 ? `The ${missing[0]} has` : `The ${listOf(missing)} have`;
  return new LifecycleError(
    "exit-decision-incomplete",
    `${who} not taken part in the decision to exit yet: the arrangement can only end once every role the policy names has taken part${citing(cite)}.`,
    cite,
  );
}

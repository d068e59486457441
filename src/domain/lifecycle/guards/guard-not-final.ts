import { LifecycleError } from "../lifecycle-error";
import { isFinal, type LifecycleState } from "../states";

/**
 * Rejected, screened out, withdrawn and ended are ends (DOMAIN.md "Lifecycle"): the record stays
 * on the register's history, and a new start is a new proposal with its own audit trail.
 */
const finalMessages: Partial<Record<LifecycleState, string>> = {
  ended:
    "This arrangement has ended, which is final: an ended arrangement cannot be reopened or changed. It stays on the register's history; propose a new arrangement instead.",
  rejected:
    "This proposal was rejected, which is final: it cannot be reopened. If circumstances change, propose it again as a new arrangement.",
  "screened-out":
    "This proposal was screened out as not a partnership, which is final. If the screening was wrong, propose it again as a new arrangement.",
  withdrawn:
    "This proposal was withdrawn, which is final: it cannot be picked up again. Propose it again as a new arrangement if it is still wanted.",
};

export function guardNotFinal(state: LifecycleState): LifecycleError | null {
  if (!isFinal(state)) return null;
  return new LifecycleError("final-state", finalMessages[state] ?? `The arrangement is ${state}, which is final.`);
}

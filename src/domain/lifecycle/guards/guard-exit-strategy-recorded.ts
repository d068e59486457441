import type { LifecycleContext } from "../lifecycle-context";
import { LifecycleError } from "../lifecycle-error";
import { citing } from "../wording";

/**
 * default framework 2.12: approvers "should only look to approve a partnership where proper consideration
 * has been given to an 'exit strategy'", and it must be "clear on who has responsibility for
 * instigating the exit strategy at the council". Checked at submission and again before active,
 * because the evaluation can be edited while the route runs.
 */
export function guardExitStrategyRecorded(context: LifecycleContext): LifecycleError | null {
  const { required, cite, text, instigatedBy } = context.exitStrategy;
  if (!required) return null;
  if (!text?.trim()) {
    return new LifecycleError(
      "exit-strategy-missing",
      `No exit strategy has been recorded: the policy requires one, saying how the council can end or leave the arrangement, before it can be approved${citing(cite)}.`,
      cite,
    );
  }
  if (!instigatedBy?.trim()) {
    return new LifecycleError(
      "exit-strategy-no-instigator",
      `The exit strategy does not say who at the council is responsible for instigating exit: it must, before the arrangement can be approved${citing(cite)}.`,
      cite,
    );
  }
  return null;
}

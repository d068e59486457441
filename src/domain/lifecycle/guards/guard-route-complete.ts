import type { LifecycleContext } from "../lifecycle-context";
import { LifecycleError } from "../lifecycle-error";
import { currentStageIndex, pendingRoles } from "../route-progress";
import { citing, listOf, roleNames, stageName } from "../wording";

/**
 * An arrangement becomes active only when its whole route is done: every approval stage approved
 * by all its roles ("must be formally approved by the Director, Leader … and Portfolio Holder",
 * default framework 2.14b) and every meeting recorded (2.14a, 3.10a). Inform stages never hold it up.
 */
export function guardRouteComplete(context: LifecycleContext): LifecycleError | null {
  const index = currentStageIndex(context.stages);
  const stage = context.stages[index];
  if (!stage) return null;
  const waiting = listOf(roleNames(context, pendingRoles(stage)));
  const status = stage.status === "pending" ? `still waiting for the ${waiting}` : `marked ${stage.status}`;
  return new LifecycleError(
    "route-incomplete",
    `The approval route is not complete: ${stageName(context, index)} is ${status}${citing(stage.cite)}. Every approval must be given and every meeting recorded before the arrangement becomes active.`,
    stage.cite,
  );
}

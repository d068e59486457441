import type { StageType } from "../../policy-pack/pack-schema";
import type { LifecycleContext } from "../lifecycle-context";
import { LifecycleError } from "../lifecycle-error";
import type { StageAct } from "../lifecycle-events";
import { currentStageIndex } from "../route-progress";
import { capitalise, citing, listOf, oneOf, roleName, roleNames, stageName, stageTypeWords, withArticle } from "../wording";

/**
 * Stages are worked strictly in route order (default framework 2.14a: a significant partnership is
 * discussed at Management Team *prior to* the members' approval), and only the roles a stage
 * names may decide it, once each.
 */

/** Context-only half, for offering an action: is a stage of these types being worked now? */
export function guardOpenStage(context: LifecycleContext, types: readonly StageType[]): LifecycleError | null {
  const stage = context.stages[currentStageIndex(context.stages)];
  if (stage && types.includes(stage.type)) return null;
  const wanted = oneOf(types.map((type) => stageTypeWords[type]));
  return new LifecycleError("no-open-stage", `No ${wanted} stage is waiting for a decision on this arrangement at the moment.`);
}

export function guardStageInTurn(
  context: LifecycleContext,
  act: Partial<StageAct>,
  types: readonly StageType[],
): LifecycleError | null {
  const index = act.stage;
  const stage = typeof index === "number" ? context.stages[index] : undefined;
  if (index === undefined || !stage) {
    return new LifecycleError("stage-not-found", `There is no stage ${typeof index === "number" ? index + 1 : "(none given)"} on this arrangement's approval route.`);
  }
  const name = stageName(context, index);
  if (!types.includes(stage.type)) {
    const wanted = oneOf(types.map((type) => stageTypeWords[type]));
    return new LifecycleError(
      "wrong-stage-type",
      `${capitalise(name)} is ${withArticle(stageTypeWords[stage.type])} stage, not ${withArticle(wanted)} stage.`,
      stage.cite,
    );
  }
  const current = currentStageIndex(context.stages);
  if (current >= 0 && index > current) {
    return new LifecycleError(
      "stage-out-of-order",
      `${capitalise(name)} cannot be decided yet: ${stageName(context, current)} comes first on the route and is still pending${citing(stage.cite)}.`,
      stage.cite,
    );
  }
  const role = act.role;
  if (typeof role !== "string" || !stage.roles.includes(role)) {
    const who = typeof role === "string" ? `The ${roleName(context, role)} has` : "Nobody was named who has";
    return new LifecycleError(
      "role-not-in-stage",
      `${who} no part in ${name}: it is for the ${listOf(roleNames(context, stage.roles))}.`,
      stage.cite,
    );
  }
  if (stage.decisions[role] !== undefined) {
    return new LifecycleError("already-decided", `The ${roleName(context, role)} has already given a decision on ${name}.`, stage.cite);
  }
  if (index < current || current < 0) {
    return new LifecycleError("already-decided", `${capitalise(name)} has already been decided.`, stage.cite);
  }
  return null;
}

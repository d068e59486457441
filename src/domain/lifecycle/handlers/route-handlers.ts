import type { StageType } from "../../policy-pack/pack-schema";
import { firstError } from "../guards/first-error";
import { guardReasonGiven } from "../guards/guard-reason-given";
import { guardStageInTurn } from "../guards/guard-stage-in-turn";
import type { LifecycleContext, RoleDecision, StageProgress } from "../lifecycle-context";
import type { LifecycleEffect } from "../lifecycle-effects";
import type { StageAct } from "../lifecycle-events";
import { advanceRoute, completionOf, isStageDone, opinionsComplete, recordRoleDecision } from "../route-progress";
import { moved, refused, type TransitionResult } from "./transition-result";

/** Records a role's decision on the stage in turn, and moves the route on if that completes it. */
function decide(context: LifecycleContext, act: StageAct, decision: RoleDecision): { stages: StageProgress[]; effects: LifecycleEffect[] } {
  const stages = recordRoleDecision(context.stages, act.stage, act.role, decision);
  const stage = stages[act.stage];
  return stage && isStageDone(stage) ? advanceRoute(stages) : { stages, effects: [] };
}

/** default framework 2.14: once every opinion is recorded, the approvals may open. */
export function recordOpinion(context: LifecycleContext, act: StageAct): TransitionResult {
  const error = guardStageInTurn(context, act, ["opinion"]);
  if (error) return refused(error);
  const { stages, effects } = decide(context, act, "recorded");
  return moved(context, opinionsComplete(stages) ? "awaiting-approval" : "awaiting-opinions", { stages }, effects);
}

/** An approver approves, or an officer records a meeting's outcome (default framework 2.14a, 3.10a). */
export function recordStageDecision(context: LifecycleContext, act: StageAct): TransitionResult {
  const error = guardStageInTurn(context, act, ["approval", "meeting"]);
  if (error) return refused(error);
  const type = context.stages[act.stage]?.type ?? "approval";
  const { stages, effects } = decide(context, act, completionOf(type).decision);
  return moved(context, "awaiting-approval", { stages }, effects);
}

/** A stage's role sends the proposal back to evaluation, saying what must change. */
export function requestChanges(context: LifecycleContext, event: StageAct & { comments: unknown }): TransitionResult {
  const types: readonly StageType[] = context.state === "awaiting-opinions" ? ["opinion"] : ["approval", "meeting"];
  const error = firstError(
    () => guardReasonGiven(event.comments, "request-changes"),
    () => guardStageInTurn(context, event, types),
  );
  if (error) return refused(error);
  const stages = recordRoleDecision(context.stages, event.stage, event.role, "changes-requested");
  return moved(context, "evaluation", { stages });
}

export function reject(context: LifecycleContext, event: StageAct & { reason: unknown }): TransitionResult {
  const error = firstError(
    () => guardReasonGiven(event.reason, "reject"),
    () => guardStageInTurn(context, event, ["approval", "meeting"]),
  );
  if (error) return refused(error);
  const stages = recordRoleDecision(context.stages, event.stage, event.role, "rejected");
  return moved(context, "rejected", { stages });
}

/** Its guards are all prechecks; trailing inform stages are told now (e.g. Cabinet Committee, 2.14a). */
export function allApprovalsGiven(context: LifecycleContext): TransitionResult {
  const { stages, effects } = advanceRoute(context.stages);
  return moved(context, "active", { stages }, effects.filter((effect) => effect.type !== "route-complete"));
}

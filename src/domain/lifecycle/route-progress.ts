import type { StageType } from "../policy-pack/pack-schema";
import type { LifecycleEffect } from "./lifecycle-effects";
import type { RoleDecision, StageProgress, StageStatus } from "./lifecycle-context";

/**
 * How a route moves on. A route is worked strictly in order (default framework 2.14: opinions, then
 * Management Team, then the members' approval); inform stages need nothing from anyone, so they
 * are noted as soon as the route reaches them and never hold it up.
 */
const doneStatuses: readonly StageStatus[] = ["approved", "recorded", "noted"];

export const isStageDone = (stage: StageProgress): boolean => doneStatuses.includes(stage.status);

/** The decision each role gives to complete a stage, and the stage's status once all have. */
export const completionOf = (type: StageType): { decision: RoleDecision; status: StageStatus } =>
  type === "approval" ? { decision: "approved", status: "approved" } : { decision: "recorded", status: "recorded" };

/** The stage being worked: the first that needs someone to act and is not done; -1 when none is left. */
export const currentStageIndex = (stages: readonly StageProgress[]): number =>
  stages.findIndex((stage) => stage.type !== "inform" && !isStageDone(stage));

export const hasStageOfType = (stages: readonly StageProgress[], types: readonly StageType[]): boolean =>
  stages.some((stage) => types.includes(stage.type));

export const pendingRoles = (stage: StageProgress): string[] =>
  stage.roles.filter((role) => stage.decisions[role] === undefined);

export const opinionsComplete = (stages: readonly StageProgress[]): boolean =>
  stages.filter((stage) => stage.type === "opinion").every(isStageDone);

/** Stages back to "pending" with nothing decided: a changed proposal needs fresh decisions. */
export const resetRoute = (stages: readonly StageProgress[]): StageProgress[] =>
  stages.map((stage) => ({ ...stage, status: "pending", decisions: {} }));

/** Records one role's decision; the stage completes when every role has given the completing one. */
export function recordRoleDecision(
  stages: readonly StageProgress[],
  index: number,
  role: string,
  decision: RoleDecision,
): StageProgress[] {
  return stages.map((stage, i) => {
    if (i !== index) return stage;
    const decisions = { ...stage.decisions, [role]: decision };
    const completion = completionOf(stage.type);
    const status: StageStatus =
      decision === "rejected" || decision === "changes-requested"
        ? decision
        : stage.roles.every((r) => decisions[r] === completion.decision)
          ? completion.status
          : "pending";
    return { ...stage, decisions, status };
  });
}

/**
 * Moves the route on after a stage completes (or at submission): notes inform stages it passes,
 * opens the next stage that needs people, or reports the route complete.
 */
export function advanceRoute(stages: readonly StageProgress[]): { stages: StageProgress[]; effects: LifecycleEffect[] } {
  const next = [...stages];
  const effects: LifecycleEffect[] = [];
  for (const [i, stage] of next.entries()) {
    if (isStageDone(stage)) continue;
    if (stage.type === "inform") {
      next[i] = { ...stage, status: "noted" };
      effects.push({ type: "inform", stage: i, roles: stage.roles, cite: stage.cite });
      continue;
    }
    effects.push({ type: "open-stage", stage: i, stageType: stage.type, roles: pendingRoles(stage), cite: stage.cite });
    return { stages: next, effects };
  }
  effects.push({ type: "route-complete" });
  return { stages: next, effects };
}

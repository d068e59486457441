import type { StageType } from "../policy-pack/pack-schema";
import type { LifecycleState } from "./states";

/**
 * Everything the lifecycle needs to decide an event, independent of where it is stored: the
 * SharePoint mappers, the local stand-in and tests all build one of these.
 */
export type StageStatus = "pending" | "approved" | "rejected" | "changes-requested" | "noted" | "recorded";

/** What one role did on one stage ("recorded": an opinion given, or a meeting's outcome minuted). */
export type RoleDecision = "approved" | "rejected" | "changes-requested" | "recorded";

/** A stage of the approval route as the policy engine produced it (DOMAIN.md "Approval routes"). */
export interface RouteStage {
  type: StageType;
  roles: readonly string[];
  label?: string;
  cite: string;
}

export interface StageProgress extends RouteStage {
  status: StageStatus;
  /** Role id → what that role did on this stage; a role absent here has not acted yet. */
  decisions: Readonly<Record<string, RoleDecision>>;
}

export type ScreeningOutcome =
  | { result: "not-screened" }
  | { result: "in" }
  | { result: "out"; exclusion: string; cite: string };

/** The policy's exit-strategy requirement (pack `requirements.exitStrategy`) and what was recorded. */
export interface ExitStrategyStatus {
  required: boolean;
  cite?: string;
  text?: string;
  /** Who at the council is responsible for instigating exit (default framework 2.12). */
  instigatedBy?: string;
}

/** The pack's exit rules (`exit.decisionRoles`, `exit.informRoles`) and who has taken part so far. */
export interface ExitDecisionStatus {
  decisionRoles: readonly string[];
  informRoles?: readonly string[];
  approvedBy: readonly string[];
  cite: string;
}

export interface LifecycleContext {
  state: LifecycleState;
  screening: ScreeningOutcome;
  stages: readonly StageProgress[];
  exitStrategy: ExitStrategyStatus;
  exit: ExitDecisionStatus;
  /** Role id → the name officers know it by ("Section 151 Officer"), for messages. */
  roleNames?: Readonly<Record<string, string>>;
}

/** A route fresh from the engine, with nothing decided yet. */
export const startRoute = (stages: readonly RouteStage[]): StageProgress[] =>
  stages.map((stage) => ({ ...stage, roles: [...stage.roles], status: "pending", decisions: {} }));

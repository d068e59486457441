import type { StageType } from "../policy-pack/pack-schema";

/**
 * What the caller must do after an accepted event; the lifecycle itself does no I/O.
 * The bot turns "open-stage" into approval or opinion cards, "inform" into notifications.
 */
export type LifecycleEffect =
  | { type: "open-stage"; stage: number; stageType: StageType; roles: readonly string[]; cite: string }
  | { type: "inform"; stage: number; roles: readonly string[]; cite: string }
  /** Every decision is in: the caller may now give "all-approvals-given". */
  | { type: "route-complete" }
  | { type: "open-exit-decision"; roles: readonly string[]; cite: string }
  | { type: "inform-exit"; roles: readonly string[]; cite: string };

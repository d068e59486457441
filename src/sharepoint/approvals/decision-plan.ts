import type { LifecycleEffect } from "../../domain/lifecycle/lifecycle-effects";
import type { LifecycleState } from "../../domain/lifecycle/states";
import type { ApprovalStage, AssigneeDecision } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Exit } from "../../domain/records/exit";
import type { StatutoryOpinion } from "../../domain/records/statutory-opinion";

/** A write the plan asks for: which item, the ETag it was read with, and what changes. */
export interface ItemWrite<T> {
  id: number;
  etag: string;
  changes: Partial<T>;
}

/** Everything one decision changes, worked out before anything is written (pure, testable). */
export interface DecisionWrites {
  /** The decided stage: written first, with its ETag, so a double click or a race is caught here. */
  stage: ItemWrite<ApprovalStage>;
  /** Other stages of the route: opened, noted, or cancelled by a rejection or a request for changes. */
  otherStages: ItemWrite<ApprovalStage>[];
  arrangement?: ItemWrite<Arrangement>;
  opinion?: Partial<StatutoryOpinion>;
  /** An exit route's decision also settles the exit record (completed, or cancelled when refused). */
  exit?: ItemWrite<Exit>;
  /** Why, in the decider's words, for the audit entries. */
  reason: string;
}

export type DecisionPlan =
  | { outcome: "unchanged"; message: string }
  | { outcome: "not-assignee" }
  | { outcome: "invalid"; problems: string[] }
  | { outcome: "refused"; message: string }
  | {
      outcome: "decided";
      writes: DecisionWrites;
      decision: AssigneeDecision;
      /** The arrangement's state after the decision. */
      state: LifecycleState;
      /** What the lifecycle asks the caller to do: open stages (send cards), inform people. */
      effects: LifecycleEffect[];
      /** Stage ids opened for decision and inform stages reached. */
      opened: number[];
      informed: number[];
      /** Set when the route is complete but the arrangement cannot yet become active, with why. */
      blocked?: string;
    };

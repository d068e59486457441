/**
 * What can happen to an arrangement. Stage events name the stage by its position in the route
 * (the same role can sit on two stages, e.g. the Leader approves and is later informed) and the
 * role acting, so the route-order guard can check that earlier stages are done.
 */
export interface StageAct {
  /** Zero-based position of the stage in the route. */
  stage: number;
  role: string;
}

export type LifecycleEvent =
  | { type: "start-screening" }
  | { type: "screen-in" }
  | { type: "screen-out"; reason: string }
  | { type: "submit-evaluation" }
  | ({ type: "record-opinion" } & StageAct)
  | ({ type: "record-stage-decision" } & StageAct)
  | ({ type: "request-changes"; comments: string } & StageAct)
  | ({ type: "reject"; reason: string } & StageAct)
  | { type: "all-approvals-given" }
  | { type: "begin-review" }
  | { type: "complete-review" }
  | { type: "begin-exit"; reason: string }
  | { type: "approve-exit"; role: string }
  /** A role deciding the exit refuses it: the arrangement carries on (default framework 5.3). */
  | { type: "refuse-exit"; role: string; reason: string }
  | { type: "end" }
  | { type: "withdraw"; reason: string };

export type LifecycleEventType = LifecycleEvent["type"];

export const eventLabels: Record<LifecycleEventType, string> = {
  "start-screening": "Start screening",
  "screen-in": "Screen in",
  "screen-out": "Screen out",
  "submit-evaluation": "Submit evaluation",
  "record-opinion": "Record statutory opinion",
  "record-stage-decision": "Record stage decision",
  "request-changes": "Request changes",
  reject: "Reject",
  "all-approvals-given": "All approvals given",
  "begin-review": "Begin review",
  "complete-review": "Complete review",
  "begin-exit": "Begin exit",
  "approve-exit": "Take part in exit decision",
  "refuse-exit": "Refuse the exit",
  end: "End arrangement",
  withdraw: "Withdraw",
};

export const lifecycleEventTypes = Object.keys(eventLabels) as LifecycleEventType[];

/** Events arrive from cards and forms, so their type is checked before it is trusted. */
export const isLifecycleEventType = (value: unknown): value is LifecycleEventType =>
  typeof value === "string" && Object.hasOwn(eventLabels, value);

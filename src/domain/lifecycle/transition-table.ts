import type { LifecycleEventType } from "./lifecycle-events";
import { lifecycleStates, type LifecycleState } from "./states";

/**
 * The whole lifecycle as data (DOMAIN.md "Lifecycle"), so the tab can draw it and tests can check
 * it. `to` lists every state the event can lead to; the handler picks one from the route.
 * Being final (ended, rejected, screened out, withdrawn) is checked before this table is read.
 */
export type GuardName =
  | "not-final"
  | "reason-given"
  | "screened-in"
  | "exit-strategy-recorded"
  | "opinions-come-first"
  | "statutory-opinions-recorded"
  | "stage-in-turn"
  | "route-complete"
  | "exit-decision-role"
  | "exit-decision-complete";

export const guardDescriptions: Record<GuardName, string> = {
  "not-final": "Ended, rejected, screened-out and withdrawn arrangements are final (applies to every event)",
  "reason-given": "A reason or comments must be given",
  "screened-in": "The screening found the proposal is a partnership",
  "exit-strategy-recorded": "Where the policy requires it, an exit strategy naming who instigates exit is recorded (default framework 2.12)",
  "opinions-come-first": "The route puts every statutory opinion before any approval or meeting (default framework 2.14)",
  "statutory-opinions-recorded": "Every statutory opinion the route demands is recorded (default framework 2.14, 3.9)",
  "stage-in-turn": "The stage is the one being worked, in route order, and the role belongs to it and has not yet decided",
  "route-complete": "Every approval stage is approved by all its roles and every meeting recorded (default framework 2.14, 3.10)",
  "exit-decision-role": "The role is one the policy names for the exit decision and has not yet taken part (default framework 5.3)",
  "exit-decision-complete": "Every exit decision role has taken part (default framework 5.3)",
};

export interface TransitionRule {
  event: LifecycleEventType;
  from: readonly LifecycleState[];
  to: readonly LifecycleState[];
  guards: readonly GuardName[];
  source: string;
}

/** Before active an arrangement can still be withdrawn; after, it leaves through an exit (5.3). */
const withdrawable: readonly LifecycleState[] = ["proposed", "screening", "evaluation", "awaiting-opinions", "awaiting-approval"];

export const transitionTable: readonly TransitionRule[] = [
  { event: "start-screening", from: ["proposed"], to: ["screening"], guards: [], source: "DOMAIN.md What an arrangement is" },
  { event: "screen-in", from: ["screening"], to: ["evaluation"], guards: ["screened-in"], source: "joint-working code 2.3; partnership protocol 2.2" },
  { event: "screen-out", from: ["screening"], to: ["screened-out"], guards: ["reason-given"], source: "joint-working code 2.3; partnership protocol 2.2" },
  {
    event: "submit-evaluation",
    from: ["evaluation"],
    to: ["awaiting-opinions", "awaiting-approval", "active"],
    guards: ["exit-strategy-recorded", "opinions-come-first"],
    source: "default framework 2.12, 2.14, 2.15",
  },
  { event: "record-opinion", from: ["awaiting-opinions"], to: ["awaiting-opinions", "awaiting-approval"], guards: ["stage-in-turn"], source: "default framework 2.14, 3.9" },
  {
    event: "record-stage-decision",
    from: ["awaiting-approval"],
    to: ["awaiting-approval"],
    guards: ["statutory-opinions-recorded", "stage-in-turn"],
    source: "default framework 2.14a-c, 3.10",
  },
  {
    event: "request-changes",
    from: ["awaiting-opinions", "awaiting-approval"],
    to: ["evaluation"],
    guards: ["reason-given", "stage-in-turn"],
    source: "DESIGN.md Approvals and cards",
  },
  {
    event: "reject",
    from: ["awaiting-approval"],
    to: ["rejected"],
    guards: ["statutory-opinions-recorded", "reason-given", "stage-in-turn"],
    source: "default framework 2.14",
  },
  {
    event: "all-approvals-given",
    from: ["awaiting-approval"],
    to: ["active"],
    guards: ["statutory-opinions-recorded", "route-complete", "exit-strategy-recorded"],
    source: "default framework 2.12, 2.14, 3.10",
  },
  { event: "begin-review", from: ["active"], to: ["under-review"], guards: [], source: "default framework 6.6, 6.8, 6.11" },
  { event: "complete-review", from: ["under-review"], to: ["active"], guards: [], source: "default framework 6.6, 6.8, 6.11" },
  { event: "begin-exit", from: ["active", "under-review"], to: ["exiting"], guards: ["reason-given"], source: "default framework 5.3; joint-working code 6(x)" },
  { event: "approve-exit", from: ["exiting"], to: ["exiting"], guards: ["exit-decision-role"], source: "default framework 5.3" },
  {
    event: "refuse-exit",
    from: ["exiting"],
    to: ["active"],
    guards: ["reason-given", "exit-decision-role"],
    source: "default framework 5.3",
  },
  { event: "end", from: ["exiting"], to: ["ended"], guards: ["exit-decision-complete"], source: "default framework 5.3" },
  { event: "withdraw", from: withdrawable, to: ["withdrawn"], guards: ["reason-given"], source: "DOMAIN.md Lifecycle" },
];

export const ruleFor = (event: LifecycleEventType, from: LifecycleState): TransitionRule | undefined =>
  transitionTable.find((rule) => rule.event === event && rule.from.includes(from));

export const rulesFrom = (from: LifecycleState): TransitionRule[] => transitionTable.filter((rule) => rule.from.includes(from));

/** One arrow per (from, event, to), in state order, for drawing the diagram. */
export const transitionEdges: ReadonlyArray<{ from: LifecycleState; event: LifecycleEventType; to: LifecycleState }> =
  lifecycleStates.flatMap((from) => rulesFrom(from).flatMap((rule) => rule.to.map((to) => ({ from, event: rule.event, to }))));

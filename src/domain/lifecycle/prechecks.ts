import { firstError } from "./guards/first-error";
import { guardExitDecisionComplete, guardExitDecisionOutstanding } from "./guards/guard-exit-decision";
import { guardExitStrategyRecorded } from "./guards/guard-exit-strategy-recorded";
import { guardRouteComplete } from "./guards/guard-route-complete";
import { guardScreenedIn } from "./guards/guard-screened-in";
import { guardOpenStage } from "./guards/guard-stage-in-turn";
import { guardOpinionsComeFirst, guardStatutoryOpinionsRecorded } from "./guards/guard-statutory-opinions";
import type { LifecycleContext } from "./lifecycle-context";
import type { LifecycleError } from "./lifecycle-error";
import type { LifecycleEventType } from "./lifecycle-events";

/**
 * The guards that need only the context, not the event's details. `allowedEvents` uses them to
 * decide what the tab may offer; `transition` runs them before the event's own guards.
 */
export type Precheck = (context: LifecycleContext) => LifecycleError | null;

const none: Precheck = () => null;

export const prechecks: Record<LifecycleEventType, Precheck> = {
  "start-screening": none,
  "screen-in": guardScreenedIn,
  "screen-out": none,
  "submit-evaluation": (c) => firstError(() => guardExitStrategyRecorded(c), () => guardOpinionsComeFirst(c)),
  "record-opinion": (c) => guardOpenStage(c, ["opinion"]),
  "record-stage-decision": (c) => firstError(() => guardStatutoryOpinionsRecorded(c), () => guardOpenStage(c, ["approval", "meeting"])),
  "request-changes": (c) => guardOpenStage(c, c.state === "awaiting-opinions" ? ["opinion"] : ["approval", "meeting"]),
  reject: (c) => firstError(() => guardStatutoryOpinionsRecorded(c), () => guardOpenStage(c, ["approval", "meeting"])),
  "all-approvals-given": (c) =>
    firstError(() => guardStatutoryOpinionsRecorded(c), () => guardRouteComplete(c), () => guardExitStrategyRecorded(c)),
  "begin-review": none,
  "complete-review": none,
  "begin-exit": none,
  "approve-exit": guardExitDecisionOutstanding,
  "refuse-exit": guardExitDecisionOutstanding,
  end: guardExitDecisionComplete,
  withdraw: none,
};

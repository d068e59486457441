import type { LifecycleEvent } from "../../domain/lifecycle/lifecycle-events";
import { transition } from "../../domain/lifecycle/transition";
import { isFinal, stateLabels } from "../../domain/lifecycle/states";
import type { AssigneeDecision } from "../../domain/records/approval-stage";
import type { PersonRef } from "../../domain/records/person-ref";
import { actingRoles, type ActingAs } from "./acting-roles";
import { checkInputs, verbFitsStage, type DecisionInputs, type DecisionVerb } from "./decision-inputs";
import type { DecisionPlan } from "./decision-plan";
import { decidedFor, lifecycleContextOf, roleDecisions } from "./route-context";
import type { StageContext } from "./stage-context";
import { writesFor } from "./writes-for";
import { isExitDecisionStage, planExitDecision } from "./plan-exit-decision";

export interface DecisionRequest {
  actor: PersonRef;
  verb: DecisionVerb;
  inputs: DecisionInputs;
  now: Date;
  /** The council's calendar day of `now` (role holders' dates are days). */
  day: string;
}

const outcomes: Record<DecisionVerb, AssigneeDecision["outcome"]> = {
  // An opinion given is "noted" on the stage; its text and view go to the Opinions list.
  opinion: "noted",
  approve: "approved",
  reject: "rejected",
  "request-changes": "changes-requested",
  noted: "noted",
};

const stageWords: Record<string, string> = { opinion: "statutory opinion", approval: "approval", meeting: "meeting", inform: "information" };

/**
 * Works out what one click on a card changes, from the stage as SharePoint has it now. Nothing is
 * written here. A click on a finished stage, a second click by the same person, or a click after
 * the arrangement moved on changes nothing ("unchanged"): that is what makes a replayed or
 * double-clicked card harmless (DESIGN.md "Approvals and cards").
 */
export function planDecision(context: StageContext, request: DecisionRequest): DecisionPlan {
  const stage = context.stage.record;
  const label = stage.label ?? `stage ${stage.order ?? ""}`.trim();
  const state = context.arrangement.record.status;
  const holders = context.holders.filter((h) => h.problems.length === 0).map((h) => h.record);
  const acting = actingRoles({ roles: stage.roles ?? [], assignees: stage.assignees ?? [] }, holders, request.actor.id, request.day);
  if (acting.length === 0) return { outcome: "not-assignee" };
  if (stage.status !== "pending" && !(request.verb === "noted" && stage.type === "inform")) {
    return { outcome: "unchanged", message: `"${label}" has already been decided (${stage.status}); nothing was changed.` };
  }
  if (state && isFinal(state)) return { outcome: "unchanged", message: `The arrangement is ${stateLabels[state].toLowerCase()}; nothing was changed.` };
  const open = pickRole(acting, stage.decisions ?? []);
  if (!open) return { outcome: "unchanged", message: `Your decision on "${label}" is already recorded; nothing was changed.` };
  if (!stage.type || !verbFitsStage(request.verb, stage.type)) {
    return { outcome: "refused", message: `"${label}" is ${stage.type === "approval" || stage.type === "inform" ? "an" : "a"} ${stageWords[stage.type ?? "approval"]} stage: it cannot take that action from a card.` };
  }
  const inputs = checkInputs(request.verb, request.inputs);
  if (!inputs.ok) return { outcome: "invalid", problems: inputs.problems };

  const decision: AssigneeDecision = {
    by: request.actor,
    outcome: outcomes[request.verb],
    at: request.now.toISOString(),
    ...(inputs.comment ? { comment: inputs.comment } : {}),
    ...(open.onBehalfOf ? { onBehalfOf: open.onBehalfOf } : {}),
  };
  const index = context.route.findIndex((row) => row.id === context.stage.id);
  // A decision to EXIT goes through the lifecycle's exit events, not the entry route's.
  if (isExitDecisionStage(stage) && index >= 0) return planExitDecision(context, { request, open, decision, inputs, index, holders });
  // An acknowledgement of an inform stage, or one of several holders of a role approving, is
  // stored on the stage but does not yet move the route.
  const after = { ...stage, decisions: [...(stage.decisions ?? []), decision] };
  const roleDone = stage.type !== "inform" && roleDecisions(after, holders, request.day)[open.role] !== undefined;
  if (!roleDone || index < 0) {
    const writes = writesFor(context, { index, role: open.role, decision, inputs, request, next: null });
    return { outcome: "decided", writes, decision, state: state ?? "proposed", effects: [], opened: [], informed: [] };
  }

  const lifecycle = lifecycleContextOf(context, request.day);
  const act = { stage: index, role: open.role };
  const event: LifecycleEvent =
    request.verb === "opinion"
      ? { type: "record-opinion", ...act }
      : request.verb === "reject"
        ? { type: "reject", reason: inputs.comment ?? "", ...act }
        : request.verb === "request-changes"
          ? { type: "request-changes", comments: inputs.comment ?? "", ...act }
          : { type: "record-stage-decision", ...act };
  const moved = transition(lifecycle, event);
  if (!moved.ok) {
    if (moved.error.code === "already-decided") return { outcome: "unchanged", message: `${moved.error.message} Nothing was changed.` };
    return { outcome: "refused", message: moved.error.message };
  }
  let next = moved;
  let blocked: string | undefined;
  if (moved.effects.some((e) => e.type === "route-complete")) {
    const active = transition(moved.context, { type: "all-approvals-given" });
    if (active.ok) next = { ...active, effects: [...moved.effects.filter((e) => e.type !== "route-complete"), ...active.effects] };
    else blocked = active.error.message;
  }
  const writes = writesFor(context, { index, role: open.role, decision, inputs, request, next });
  const stageIdAt = (i: number) => context.route[i]?.id;
  const opened = next.effects.flatMap((e) => (e.type === "open-stage" ? [stageIdAt(e.stage)] : [])).filter((id): id is number => id !== undefined);
  const informed = next.effects.flatMap((e) => (e.type === "inform" ? [stageIdAt(e.stage)] : [])).filter((id): id is number => id !== undefined);
  return { outcome: "decided", writes, decision, state: next.state, effects: next.effects, opened, informed, ...(blocked ? { blocked } : {}) };
}

/**
 * The place on the stage this click fills: the person's own role first, a role they hold as a
 * delegate only when they have none left — so one click never approves both as Portfolio Holder
 * and on the Leader's behalf.
 */
function pickRole(acting: readonly ActingAs[], decisions: readonly AssigneeDecision[]): ActingAs | undefined {
  const undecided = acting.filter((a) => !decisions.some((d) => decidedFor(d) === a.assignee.id));
  return undecided.find((a) => !a.onBehalfOf) ?? undecided[0];
}

import { transition, type TransitionResult } from "../../domain/lifecycle/transition";
import { routePurposeOf, type ApprovalStage, type AssigneeDecision } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Exit } from "../../domain/records/exit";
import type { ActingAs } from "./acting-roles";
import type { CheckedInputs } from "./decision-inputs";
import type { DecisionPlan, DecisionWrites, ItemWrite } from "./decision-plan";
import type { DecisionRequest } from "./plan-decision";
import { lifecycleContextOf, roleDecisions } from "./route-context";
import type { StageContext } from "./stage-context";

type Holder = StageContext["holders"][number]["record"];

interface ExitStep {
  request: DecisionRequest;
  open: ActingAs;
  decision: AssigneeDecision;
  inputs: Extract<CheckedInputs, { ok: true }>;
  index: number;
  holders: readonly Holder[];
}

const who = (request: DecisionRequest) => request.actor.title ?? `Person #${request.actor.id}`;

/**
 * One decision on an exit route's approval stage (default framework 5.3), through the lifecycle's exit
 * events: each deciding role approves (`approve-exit`) and once every one has, the arrangement
 * ends (`end`) — the inform stage's people are told, the exit is completed, and the arrangement
 * stays in the register as ended. A refusal (Reject, or Request changes) is `refuse-exit`: the
 * arrangement is active again with the reason, and the rest of the exit route is cancelled.
 */
export function planExitDecision(context: StageContext, step: ExitStep): DecisionPlan {
  const { request, open, decision, inputs, index, holders } = step;
  const stage = context.stage.record;
  const now = request.now.toISOString();
  const label = stage.label ?? "the exit decision";
  const decisions = [...(stage.decisions ?? []), decision];
  const base = lifecycleContextOf(context, request.day);
  const approvedBefore = context.route.filter((r) => r.id !== context.stage.id && r.record.type === "approval" && r.record.status === "approved").flatMap((r) => r.record.roles ?? []);
  const lifecycle = { ...base, exit: { ...base.exit, approvedBy: approvedBefore } };
  const refusing = request.verb === "reject" || request.verb === "request-changes";

  if (refusing) {
    const reason = inputs.comment ?? "";
    const refused = transition(lifecycle, { type: "refuse-exit", role: open.role, reason });
    if (!refused.ok) return { outcome: "refused", message: refused.error.message };
    const writes: DecisionWrites = {
      stage: { id: context.stage.id, etag: context.stage.etag, changes: { decisions, status: request.verb === "reject" ? "rejected" : "changes-requested", decidedBy: request.actor, decidedAt: now, comment: reason } },
      otherStages: context.route.filter((r) => r.id !== context.stage.id && r.record.status === "pending").map((r) => ({ id: r.id, etag: r.etag, changes: { status: "cancelled" } })),
      arrangement: { id: context.arrangement.id, etag: context.arrangement.etag, changes: { status: "active", statusReason: `Exit refused by ${who(request)} at "${label}": ${reason}` } },
      ...exitWrite(context, { status: "cancelled" }),
      reason: `Exit refused from a Teams card: ${reason}`.slice(0, 255),
    };
    return { outcome: "decided", writes, decision, state: refused.state, effects: [], opened: [], informed: [] };
  }

  const roles = roleDecisions({ ...stage, decisions }, holders, request.day);
  const stageDone = (stage.roles ?? []).every((role) => roles[role] === "approved");
  if (!stageDone) {
    // One of several deciders has approved: kept on the stage; the exit waits for the others.
    const writes: DecisionWrites = { stage: { id: context.stage.id, etag: context.stage.etag, changes: { decisions } }, otherStages: [], reason: "Exit approved from a Teams card" };
    return { outcome: "decided", writes, decision, state: context.arrangement.record.status ?? "exiting", effects: [], opened: [], informed: [] };
  }

  let moved: TransitionResult = { ok: true, state: lifecycle.state, context: lifecycle, effects: [] };
  for (const role of stage.roles ?? []) {
    if (!moved.ok || moved.context.exit.approvedBy.includes(role)) continue;
    const next = transition(moved.context, { type: "approve-exit", role });
    moved = next.ok ? { ...next, effects: [...moved.effects, ...next.effects] } : next;
  }
  if (!moved.ok) return { outcome: "refused", message: moved.error.message };
  const laterApprovals = context.route.some((r, i) => i > index && r.record.type === "approval" && r.record.status === "pending");
  const ended = laterApprovals ? undefined : transition(moved.context, { type: "end" });
  if (ended && !ended.ok) return { outcome: "refused", message: ended.error.message };
  const final = ended ?? moved;
  const tellNow = ended !== undefined;
  const informRows = tellNow ? context.route.filter((r) => r.record.type === "inform" && r.record.status === "pending") : [];
  const nextApproval = laterApprovals ? context.route.find((r, i) => i > index && r.record.type === "approval" && r.record.status === "pending") : undefined;
  // Who took part: whoever began the exit, then everyone who approved it (the Lead Member, default framework 5.3).
  const involved = [...(context.exit?.record.decidedBy ?? []), ...decisions.filter((d) => d.outcome === "approved").map((d) => d.onBehalfOf ?? d.by)];
  const approvers = involved.filter((p, i) => involved.findIndex((q) => q.id === p.id) === i);
  const writes: DecisionWrites = {
    stage: { id: context.stage.id, etag: context.stage.etag, changes: { decisions, status: "approved", decidedBy: request.actor, decidedAt: now, ...(inputs.comment ? { comment: inputs.comment } : {}) } },
    otherStages: [
      ...informRows.map((r): ItemWrite<ApprovalStage> => ({ id: r.id, etag: r.etag, changes: { status: "noted", requestedAt: now, decidedAt: now } })),
      ...(nextApproval && !nextApproval.record.requestedAt ? [{ id: nextApproval.id, etag: nextApproval.etag, changes: { requestedAt: now } }] : []),
    ],
    ...(tellNow
      ? {
          arrangement: { id: context.arrangement.id, etag: context.arrangement.etag, changes: endedChanges(`Ended: the exit was approved; the last decision by ${who(request)}.`) },
          ...exitWrite(context, { status: "completed", decisionDate: request.day, decidedBy: approvers }),
        }
      : {}),
    reason: "Exit approved from a Teams card",
  };
  return {
    outcome: "decided",
    writes,
    decision,
    state: final.state,
    effects: final.effects,
    opened: nextApproval ? [nextApproval.id] : [],
    informed: informRows.map((r) => r.id),
  };
}

/** An ended arrangement has no review coming: the next-review date is cleared (a property present but undefined clears its column). */
const endedChanges = (statusReason: string): Partial<Arrangement> => ({ status: "ended", statusReason, nextReviewDue: undefined } as Partial<Arrangement>);

const exitWrite = (context: StageContext, changes: Partial<Exit>): { exit?: ItemWrite<Exit> } =>
  context.exit ? { exit: { id: context.exit.id, etag: context.exit.etag, changes } } : {};

/** Whether a stage is an exit route's decision (its planning goes through planExitDecision). */
export const isExitDecisionStage = (stage: Partial<Pick<ApprovalStage, "routePurpose" | "type">>): boolean => routePurposeOf(stage) === "exit" && stage.type === "approval";

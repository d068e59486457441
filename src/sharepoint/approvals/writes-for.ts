import type { TransitionResult } from "../../domain/lifecycle/transition";
import type { ApprovalStage, AssigneeDecision } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { CheckedInputs } from "./decision-inputs";
import type { DecisionWrites, ItemWrite } from "./decision-plan";
import { firstReviewDue } from "./first-review-due";
import type { DecisionRequest } from "./plan-decision";
import { categoryOf, factsOf } from "./route-context";
import type { StageContext } from "./stage-context";

type Moved = Extract<TransitionResult, { ok: true }>;

interface WritesInput {
  index: number;
  /** The pack role the person acted as. */
  role: string;
  decision: AssigneeDecision;
  inputs: Extract<CheckedInputs, { ok: true }>;
  request: DecisionRequest;
  /** The lifecycle's answer; null when the click is stored without moving the route. */
  next: Moved | null;
  /** Overrides the audit reason (a meeting's record is not a card click). */
  reason?: string;
}

const reasonFor = (request: DecisionRequest, comment: string | undefined): string => {
  const what = { opinion: "Statutory opinion given", approve: "Approved", reject: "Rejected", "request-changes": "Changes requested", noted: "Noted" }[request.verb];
  return `${what} from a Teams card${comment ? `: ${comment}` : ""}`.slice(0, 255);
};

/** The list writes one decision needs, from the stage before it and the lifecycle's answer. */
export function writesFor(context: StageContext, input: WritesInput): DecisionWrites {
  const { decision, inputs, request, next } = input;
  const now = request.now.toISOString();
  const before = context.stage.record;
  const newStatus = next?.context.stages[input.index]?.status;
  const finished = newStatus !== undefined && newStatus !== "pending";
  const stageChanges: Partial<ApprovalStage> = {
    decisions: [...(before.decisions ?? []), decision],
    ...(finished ? { status: newStatus, decidedBy: request.actor, decidedAt: now } : {}),
    ...(finished && inputs.comment ? { comment: inputs.comment } : {}),
  };
  const writes: DecisionWrites = {
    stage: { id: context.stage.id, etag: context.stage.etag, changes: stageChanges },
    otherStages: next ? otherStageWrites(context, input.index, next, now) : [],
    reason: input.reason ?? reasonFor(request, inputs.comment ?? inputs.opinion),
  };
  if (next && next.state !== context.arrangement.record.status) writes.arrangement = arrangementWrite(context, next, request, inputs.comment);
  if (request.verb === "opinion" && inputs.opinion && inputs.view) {
    writes.opinion = {
      title: `${inputs.view === "supports" ? "Opinion" : inputs.view === "concerns" ? "Opinion with concerns" : "Objection"}: ${context.arrangement.record.name ?? ""}`.slice(0, 255),
      arrangementId: context.arrangement.id,
      stageId: context.stage.id,
      roleId: input.role,
      officer: request.actor,
      view: inputs.view,
      text: inputs.opinion,
      givenAt: now,
    };
  }
  return writes;
}

/** Stages the decision opens (their request time), notes (inform stages reached) or cancels. */
function otherStageWrites(context: StageContext, acted: number, next: Moved, now: string): ItemWrite<ApprovalStage>[] {
  const opened = new Set(next.effects.flatMap((e) => (e.type === "open-stage" ? [e.stage] : [])));
  const endsRoute = next.state === "rejected" || next.state === "evaluation";
  const out: ItemWrite<ApprovalStage>[] = [];
  context.route.forEach((row, i) => {
    if (i === acted) return;
    const status = next.context.stages[i]?.status;
    let changes: Partial<ApprovalStage> | undefined;
    if (endsRoute && row.record.status === "pending") changes = { status: "cancelled" };
    else if (status === "noted" && row.record.status !== "noted") changes = { status: "noted", requestedAt: now, decidedAt: now };
    else if (opened.has(i) && !row.record.requestedAt) changes = { requestedAt: now };
    if (changes) out.push({ id: row.id, etag: row.etag, changes });
  });
  return out;
}

function arrangementWrite(context: StageContext, next: Moved, request: DecisionRequest, comment: string | undefined): ItemWrite<Arrangement> {
  const changes: Partial<Arrangement> = { status: next.state };
  const who = request.actor.title ?? `Person #${request.actor.id}`;
  const stageLabel = context.stage.record.label ?? "the approval route";
  if (next.state === "rejected") changes.statusReason = `Rejected by ${who} at "${stageLabel}": ${comment ?? ""}`.trim();
  if (next.state === "evaluation") changes.statusReason = `Changes requested by ${who} at "${stageLabel}": ${comment ?? ""}`.trim();
  if (next.state === "active") {
    const due = firstReviewDue(context.pack, factsOf(context), categoryOf(context), context.arrangement.record.startDate, request.day);
    if (due) changes.nextReviewDue = due;
    changes.statusReason = `All approvals given; the last by ${who}.`;
  }
  return { id: context.arrangement.id, etag: context.arrangement.etag, changes };
}

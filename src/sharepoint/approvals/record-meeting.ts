import type { SPFI } from "@pnp/sp";
import { transition, type TransitionResult } from "../../domain/lifecycle/transition";
import type { PersonRef } from "../../domain/records/person-ref";
import { isoDate } from "../../domain/records/common";
import { siteDateOf } from "../lists/site-dates";
import { applyDecision } from "./apply-decision";
import { DecisionInputError, NotAssigneeError } from "./approval-errors";
import { auditRefusedAttempt } from "./audit-refusal";
import type { DecideResult } from "./decide";
import { changeManagersOn, peopleToTell } from "./people-to-tell";
import { readStageContext } from "./read-stage-context";
import { lifecycleContextOf } from "./route-context";
import { writesFor } from "./writes-for";

export interface MeetingRecord {
  stageId: number;
  actor: PersonRef;
  /** The day the body met, e.g. 2026-04-14. */
  date: string;
  /** What it resolved, in words ("Supported; to go forward for member approval"). */
  outcome: string;
  minuteReference: string;
  now?: Date;
}

/**
 * Records a meeting stage's outcome (gravesham 2.14a: the lead officer presents the proposal to
 * Management Team; 3.10a: Cabinet), which moves the route on to the members' approval. Only the
 * arrangement's lead officer, the Corporate Change Manager, or the person recording the body's
 * meetings (the stage's assignee) may record it. Recording it twice changes nothing.
 */
export async function recordMeeting(sp: SPFI, record: MeetingRecord): Promise<Extract<DecideResult, { outcome: "decided" | "unchanged" }>> {
  const now = record.now ?? new Date();
  const day = siteDateOf(now.toISOString()) ?? now.toISOString().slice(0, 10);
  const context = await readStageContext(sp, record.stageId);
  const stage = context.stage.record;
  const label = stage.label ?? "the meeting";
  const allowed = [context.arrangement.record.leadOfficer?.id, ...changeManagersOn(context, day).map((p) => p.id), ...(stage.assignees ?? []).map((p) => p.id)];
  if (!allowed.includes(record.actor.id)) {
    await auditRefusedAttempt(sp, context, record.actor, "record the outcome of", "Only the lead officer, the Change Manager or the meeting's recorder may record a meeting", now);
    throw new NotAssigneeError(`Only the arrangement's lead officer, the Corporate Change Manager or the person who records ${label}'s meetings may record its outcome; nothing was recorded.`);
  }
  const problems = [
    ...(isoDate.safeParse(record.date).success ? [] : [`"${record.date}" is not a date: give the day the meeting was held, like 2026-04-14.`]),
    ...(record.outcome.trim() ? [] : ["Say what the meeting decided."]),
    ...(record.minuteReference.trim() ? [] : ["Give the minute reference, so the decision can be found in the minutes."]),
  ];
  if (problems.length > 0) throw new DecisionInputError(problems);
  if (stage.type !== "meeting") throw new DecisionInputError([`"${label}" is not a meeting stage.`]);
  if (stage.status !== "pending") return { outcome: "unchanged", context, message: `${label} has already been recorded; nothing was changed.` };

  const index = context.route.findIndex((r) => r.id === context.stage.id);
  let moved: TransitionResult = { ok: true, state: context.arrangement.record.status ?? "awaiting-approval", context: lifecycleContextOf(context, day), effects: [] };
  // The body decides as a whole: every role the stage names is recorded by this one minute.
  for (const role of stage.roles ?? []) {
    if (!moved.ok) break;
    const step = transition(moved.context, { type: "record-stage-decision", stage: index, role });
    moved = step.ok ? { ...step, effects: [...moved.effects, ...step.effects] } : step;
  }
  if (!moved.ok) throw new DecisionInputError([moved.error.message]);
  let blocked: string | undefined;
  if (moved.effects.some((e) => e.type === "route-complete")) {
    const active = transition(moved.context, { type: "all-approvals-given" });
    if (active.ok) moved = { ...active, effects: [...moved.effects.filter((e) => e.type !== "route-complete"), ...active.effects] };
    else blocked = active.error.message;
  }
  const final = moved;
  const decision = { by: record.actor, outcome: "noted" as const, comment: record.outcome.trim(), at: now.toISOString() };
  const request = { actor: record.actor, verb: "noted" as const, inputs: {}, now, day };
  const writes = writesFor(context, { index, role: stage.roles?.[0] ?? "", decision, inputs: { ok: true, comment: record.outcome.trim() }, request, next: final, reason: `Meeting recorded: ${record.outcome.trim()} (minute ${record.minuteReference.trim()})`.slice(0, 255) });
  writes.stage.changes = { ...writes.stage.changes, decision: record.outcome.trim(), meetingDate: record.date, minuteReference: record.minuteReference.trim() };
  const after = await applyDecision(sp, context, writes, record.actor);
  const stageIdAt = (i: number) => context.route[i]?.id;
  const ids = (type: "open-stage" | "inform") => final.effects.flatMap((e) => (e.type === type ? [stageIdAt(e.stage)] : [])).filter((id): id is number => id !== undefined);
  const notify = peopleToTell(after, day, record.actor.id);
  return { outcome: "decided", context: after, decision, state: final.state, opened: ids("open-stage"), informed: ids("inform"), notify, ...(blocked ? { blocked } : {}) };
}

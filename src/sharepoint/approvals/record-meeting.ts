import type { SPFI } from "@pnp/sp";
import type { LifecycleEvent } from "../../domain/lifecycle/lifecycle-events";
import { transition, type TransitionResult } from "../../domain/lifecycle/transition";
import type { PersonRef } from "../../domain/records/person-ref";
import { isoDate } from "../../domain/records/common";
import { ConcurrencyError } from "../errors/concurrency-error";
import { latestChangeOf } from "../latest-change";
import { siteDateOf } from "../lists/site-dates";
import { repositoryFor } from "../repositories";
import { applyDecision } from "./apply-decision";
import { DecisionInputError, NotAssigneeError } from "./approval-errors";
import { auditRefusedAttempt } from "./audit-refusal";
import type { DecideResult } from "./decide";
import { changeManagersOn, peopleToTell } from "./people-to-tell";
import { readStageContext } from "./read-stage-context";
import { lifecycleContextOf } from "./route-context";
import { writesFor } from "./writes-for";

/**
 * What a meeting stage can resolve: support the proposal (the route moves on to the next stage),
 * send it back to the lead officer for changes, or not support it (the proposal is rejected) —
 * the same choices the lifecycle gives an approval stage (default framework 2.14a, 3.10a).
 */
export const meetingResults = ["supported", "changes-requested", "not-supported"] as const;
export type MeetingResult = (typeof meetingResults)[number];

export const meetingResultLabels: Record<MeetingResult, string> = {
  supported: "Supported: the proposal goes forward",
  "changes-requested": "Changes asked for: back to the lead officer",
  "not-supported": "Not supported: the proposal is rejected",
};

export interface MeetingRecord {
  stageId: number;
  /** Which choice the meeting made; supported when left out. */
  result?: MeetingResult;
  /** The stage's ETag when the form was opened: a stage changed since is refused as stale. */
  etag?: string;
  actor: PersonRef;
  /** The day the body met, e.g. 2026-04-14. */
  date: string;
  /** What it resolved, in words ("Supported; to go forward for member approval"); may be empty when supported. */
  outcome: string;
  minuteReference: string;
  now?: Date;
}

/**
 * Records a meeting stage's outcome (default framework 2.14a: the lead officer presents the proposal to
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
  const result: MeetingResult = record.result ?? "supported";
  const problems = meetingProblems(record, day);
  if (problems.length > 0) throw new DecisionInputError(problems);
  if (stage.type !== "meeting") throw new DecisionInputError([`"${label}" is not a meeting stage.`]);
  if (record.etag && record.etag !== context.stage.etag) {
    // Someone recorded or changed this stage since the form was opened: say who, change nothing.
    const latest = await repositoryFor(sp, "ApprovalStages").getById(record.stageId, ["Title", "Editor", "Modified"]);
    throw ConcurrencyError.fromLatest("meeting stage", latestChangeOf(latest.raw));
  }
  if (stage.status !== "pending") return { outcome: "unchanged", context, message: `${label} has already been recorded; nothing was changed.` };
  const resolution = record.outcome.trim() || "Supported; to go forward.";

  const index = context.route.findIndex((r) => r.id === context.stage.id);
  let moved: TransitionResult = { ok: true, state: context.arrangement.record.status ?? "awaiting-approval", context: lifecycleContextOf(context, day), effects: [] };
  if (result === "supported") {
    // The body decides as a whole: every role the stage names is recorded by this one minute.
    for (const role of stage.roles ?? []) {
      if (!moved.ok) break;
      const step = transition(moved.context, { type: "record-stage-decision", stage: index, role });
      moved = step.ok ? { ...step, effects: [...moved.effects, ...step.effects] } : step;
    }
  } else {
    const act = { stage: index, role: stage.roles?.[0] ?? "" };
    const event: LifecycleEvent = result === "not-supported" ? { type: "reject", reason: resolution, ...act } : { type: "request-changes", comments: resolution, ...act };
    moved = transition(moved.context, event);
  }
  if (!moved.ok) throw new DecisionInputError([moved.error.message]);
  let blocked: string | undefined;
  if (moved.effects.some((e) => e.type === "route-complete")) {
    const active = transition(moved.context, { type: "all-approvals-given" });
    if (active.ok) moved = { ...active, effects: [...moved.effects.filter((e) => e.type !== "route-complete"), ...active.effects] };
    else blocked = active.error.message;
  }
  const final = moved;
  const outcome = ({ supported: "noted", "changes-requested": "changes-requested", "not-supported": "rejected" } as const)[result];
  const decision = { by: record.actor, outcome, comment: resolution, at: now.toISOString() };
  const verb = ({ supported: "noted", "changes-requested": "request-changes", "not-supported": "reject" } as const)[result];
  const request = { actor: record.actor, verb, inputs: {}, now, day };
  const writes = writesFor(context, { index, role: stage.roles?.[0] ?? "", decision, inputs: { ok: true, comment: resolution }, request, next: final, reason: `Meeting recorded: ${resolution} (minute ${record.minuteReference.trim()})`.slice(0, 255) });
  writes.stage.changes = { ...writes.stage.changes, decision: resolution, meetingDate: record.date, minuteReference: record.minuteReference.trim() };
  const after = await applyDecision(sp, context, writes, record.actor);
  const stageIdAt = (i: number) => context.route[i]?.id;
  const ids = (type: "open-stage" | "inform") => final.effects.flatMap((e) => (e.type === type ? [stageIdAt(e.stage)] : [])).filter((id): id is number => id !== undefined);
  const notify = peopleToTell(after, day, record.actor.id);
  return { outcome: "decided", context: after, decision, state: final.state, opened: ids("open-stage"), informed: ids("inform"), notify, ...(blocked ? { blocked } : {}) };
}

/**
 * What is wrong with a meeting's record, each problem one plain sentence naming its field (the tab
 * shows them at the field; recordMeeting refuses with all of them).
 */
export function meetingProblemsByField(record: Pick<MeetingRecord, "date" | "outcome" | "minuteReference" | "result">, today: string): Partial<Record<"date" | "outcome" | "minuteReference", string>> {
  const out: Partial<Record<"date" | "outcome" | "minuteReference", string>> = {};
  const result = record.result ?? "supported";
  if (!record.date.trim()) out.date = "Give the day the meeting was held.";
  else if (!isoDate.safeParse(record.date).success) out.date = `"${record.date}" is not a date: give the day the meeting was held, like 2026-04-14.`;
  else if (record.date > today) out.date = "The meeting date is in the future: record the meeting once it has been held.";
  if (!record.outcome.trim() && (record.result === undefined || result !== "supported")) {
    out.outcome = result === "supported" ? "Say what the meeting decided." : "Say what the meeting said, so the lead officer knows why and what to do next.";
  }
  if (!record.minuteReference.trim()) out.minuteReference = "Give the minute reference, so the decision can be found in the minutes.";
  return out;
}

const meetingProblems = (record: MeetingRecord, today: string): string[] => Object.values(meetingProblemsByField(record, today));

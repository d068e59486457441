import type { AuditEntry } from "../domain/records/audit-entry";
import type { ApprovalStage } from "../domain/records/approval-stage";
import type { Evaluation } from "../domain/records/evaluation";
import type { Exit } from "../domain/records/exit";
import type { Review } from "../domain/records/review";
import type { StatutoryOpinion } from "../domain/records/statutory-opinion";
import { addDays } from "../domain/review-calendar/days-between";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { demoPack } from "./demo-policy";
import { exitReasonOf } from "./build-exit-route";
import { itemLink, personLink, type DemoRow, type PersonLink } from "./links";
import type { DemoListTitle } from "./list-titles";
import type { PersonKey } from "./people";
import { stableNumber } from "./stable-number";
import type { Timeline } from "./timeline";

/** An arrangement's rows, from which its history is told. */
export interface ArrangementRows {
  evaluation?: DemoRow<Evaluation>;
  stages: DemoRow<ApprovalStage>[];
  opinions: DemoRow<StatutoryOpinion>[];
  exit?: DemoRow<Exit>;
  /** The exit route's stages, for an exit begun and still being decided. */
  exitStages: DemoRow<ApprovalStage>[];
  reviews: DemoRow<Review>[];
}

type Entry = DemoRow<AuditEntry>["record"];

/**
 * The append-only trail (default framework 5.6) that the arrangement's records imply: who created it,
 * each change of state with its reason, the evaluation, every opinion and decision, the exit and
 * completed reviews. Entries are told from the records themselves, so they cannot disagree.
 */
export function buildAuditTrail(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar, rows: ArrangementRows): Entry[] {
  const entries: Entry[] = [];
  const roleName = (id: string) => demoPack().roles.find((r) => r.id === id)?.name ?? id;
  const arrangementId = itemLink("Partnerships", spec.key);
  const add = (at: string, by: PersonLink, listTitle: DemoListTitle, itemKey: string, action: Entry["action"], summary: string, changes: Entry["changes"], reason?: string) =>
    entries.push({ summary, at, by, listTitle, itemId: itemLink(listTitle, itemKey), arrangementId, action, changes, ...(reason ? { reason } : {}) });
  const officer = personLink(spec.leadOfficer);
  let state: string = spec.status;
  const move = (at: string, by: PersonLink, to: string, reason?: string) => {
    add(at, by, "Partnerships", spec.key, "update", `Status changed from ${state} to ${to}`, { status: { before: state, after: to } }, reason);
    state = to;
  };

  if (timeline.legacy) {
    state = "active";
    const person: PersonKey = "change-manager";
    add(calendar.at(timeline.registerOpened, 9, stableNumber(spec.key, 59)), personLink(person), "Partnerships", spec.key, "create",
      `${spec.name} added to the register from the previous partnerships spreadsheet`, { name: { after: spec.name }, status: { after: "active" } });
  } else {
    state = "proposed";
    add(calendar.at(timeline.proposed, 9, stableNumber(spec.key, 59)), officer, "Partnerships", spec.key, "create", `${spec.name} proposed`, { name: { after: spec.name }, status: { after: "proposed" } });
    if (spec.status !== "proposed") move(calendar.at(timeline.screening, 11), officer, "screening");
    if (spec.status === "screened-out") move(calendar.at(timeline.screened, 14), officer, "screened-out", spec.statusReason);
    else if (rows.evaluation) {
      move(calendar.at(timeline.screened, 14), officer, "evaluation", "Screened in: none of the exclusions applies");
      add(calendar.at(timeline.screened, 14, 5), officer, "Evaluations", spec.key, "create", "Evaluation started", { status: { after: "draft" } });
    }
  }

  const evaluation = rows.evaluation?.record;
  if (evaluation?.status === "submitted" && evaluation.submittedAt && evaluation.submittedBy) {
    add(evaluation.submittedAt, evaluation.submittedBy, "Evaluations", spec.key, timeline.legacy ? "create" : "update",
      timeline.legacy ? "Retrospective evaluation recorded" : "Evaluation submitted", { status: { before: timeline.legacy ? undefined : "draft", after: "submitted" }, category: { after: evaluation.category } });
    if (!timeline.legacy) {
      const first = rows.stages.find((s) => s.record.type !== "inform")?.record.type;
      move(evaluation.submittedAt, evaluation.submittedBy, first === "opinion" ? "awaiting-opinions" : first ? "awaiting-approval" : "active");
    }
  }

  for (const stage of rows.stages) {
    const s = stage.record;
    if (s.type === "inform" && s.status === "noted" && s.decidedAt) {
      add(s.decidedAt, officer, "ApprovalStages", stage.key, "update", `${s.label}: informed`, { status: { before: "pending", after: "noted" } });
    }
    for (const d of s.decisions ?? []) {
      const opinion = rows.opinions.find((o) => o.record.stageId.key === stage.key && o.record.givenAt === d.at);
      if (opinion) add(d.at, d.by, "Opinions", opinion.key, "create", `${roleName(opinion.record.roleId ?? "")} gave an opinion: ${opinion.record.view}`, { view: { after: opinion.record.view } });
      else {
        const what = s.type === "meeting" ? `outcome recorded${s.minuteReference ? ` (minute ${s.minuteReference})` : ""}` : d.outcome;
        add(d.at, d.by, "ApprovalStages", stage.key, "update", `${s.label}: ${what}${d.onBehalfOf ? " by the delegate" : ""}`, { decisions: { after: d.outcome } }, d.comment);
      }
    }
    const last = s.decisions?.[s.decisions.length - 1];
    if (!last) continue;
    if (s.status === "recorded" && s.type === "opinion" && state === "awaiting-opinions") move(last.at, last.by, "awaiting-approval", "All statutory opinions recorded");
    if (s.status === "rejected") move(last.at, last.by, "rejected", last.comment);
  }
  if (state === "awaiting-approval" && rows.stages.length > 0 && rows.stages.every((s) => s.record.status !== "pending" && s.record.status !== "rejected")) {
    const lastAt = rows.stages.flatMap((s) => s.record.decisions ?? []).map((d) => d.at).sort().pop();
    if (lastAt) move(lastAt, officer, "active", "Every approval given");
  }
  if (spec.status === "withdrawn") move(calendar.at(addDays(timeline.submitted, 15), 12), officer, "withdrawn", spec.statusReason);

  for (const review of rows.reviews) {
    const r = review.record;
    if (r.status === "completed" && r.completedAt && r.completedBy) add(r.completedAt, r.completedBy, "Reviews", review.key, "update", `${r.title} completed`, { status: { before: "due", after: "completed" }, rating: { after: r.rating } });
  }
  if (spec.status === "under-review") move(calendar.at(calendar.monthsAgo(spec.governance?.monthsAgo ?? 2), 16), personLink("change-manager"), "under-review", "Governance rated limited; review brought forward");
  const exit = rows.exit?.record;
  if (exit?.decisionDate) {
    const instigator = personLink(spec.exitInstigator ?? spec.leadOfficer);
    add(calendar.at(exit.decisionDate, 15), instigator, "Exits", spec.key, "create", `Exit agreed: ${spec.name}`, { reasonId: { after: exit.reasonId }, status: { after: "approved" } });
    move(calendar.at(exit.decisionDate, 15, 5), instigator, "exiting", "Exit agreed with the Lead Member");
    if (spec.status === "ended") {
      const endDay = timeline.plannedEnd && timeline.plannedEnd > exit.decisionDate ? timeline.plannedEnd : addDays(exit.decisionDate, 1);
      add(calendar.at(endDay, 12), instigator, "Exits", spec.key, "update", "Exit completed", { status: { before: "approved", after: "completed" } });
      move(calendar.at(endDay, 12, 5), instigator, "ended");
    }
  }
  const begunAt = rows.exitStages[0]?.record.requestedAt;
  if (exit?.status === "proposed" && begunAt) {
    // As beginning an exit writes it, at one moment and for one reason: the arrangement, the exit, then its route.
    const by = exit.decidedBy[0] ?? officer;
    const reason = `Exit begun: ${exitReasonOf(exit.reasonId).text}`.slice(0, 255);
    move(begunAt, by, "exiting", reason);
    add(begunAt, by, "Exits", spec.key, "create", `Exit begun: ${spec.name}`, { reasonId: { after: exit.reasonId }, status: { after: "proposed" } }, reason);
    for (const { key, record } of rows.exitStages) {
      add(begunAt, by, "ApprovalStages", key, "create", `${record.label}: ${record.requestedAt ? "requested" : "waits for the decision"}`, { status: { after: "pending" } }, reason);
    }
  }
  return entries;
}

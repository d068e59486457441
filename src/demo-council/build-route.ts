import type { ApprovalStage, AssigneeDecision } from "../domain/records/approval-stage";
import type { StatutoryOpinion } from "../domain/records/statutory-opinion";
import type { ExplainedStage } from "../domain/engine/explanation";
import { addDays } from "../domain/review-calendar/days-between";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { explainSpec } from "./demo-policy";
import { itemLink, personLink, type DemoRow, type Linked } from "./links";
import { opinionText } from "./opinion-text";
import { resolveRole } from "./resolve-role";
import { stableNumber } from "./stable-number";
import type { Timeline } from "./timeline";

export interface RouteRows {
  stages: DemoRow<ApprovalStage>[];
  opinions: DemoRow<StatutoryOpinion>[];
}

const routeDone = new Set(["active", "under-review", "exiting", "ended"]);
const routeStarted = new Set([...routeDone, "awaiting-opinions", "awaiting-approval", "rejected", "withdrawn"]);

/** The stage being worked when the story stops: -1 when the route is finished. */
function currentStage(spec: ArrangementSpec, route: ExplainedStage[]): number {
  if (routeDone.has(spec.status)) return -1;
  const type = spec.status === "awaiting-approval" || spec.status === "rejected" ? "approval" : "opinion";
  return route.findIndex((s) => s.type === type);
}

const meetingRecord = (roleId: string, day: string, spec: ArrangementSpec) => ({
  meetingDate: day,
  minuteReference: `${roleId === "cabinet" ? "CAB" : roleId === "management-team" ? "MT" : "CC"}/${day.slice(2, 4)}/${10 + stableNumber(spec.key, 80)}`,
  decision: roleId === "cabinet" ? "Cabinet approved the business case." : "Supported; to go forward for member approval as proposed.",
});

/**
 * The approval route the engine gives, under the default framework, for the arrangement's facts, with each role
 * resolved to the person holding it on the day, worked in order up to where the story stands:
 * finished for live arrangements, part-way for those awaiting opinions or approval, stopped by a
 * rejection, or cancelled by a withdrawal. Arrangements from before the register have none.
 */
export function buildRoute(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar): RouteRows {
  const rows: RouteRows = { stages: [], opinions: [] };
  if (!routeStarted.has(spec.status) || timeline.legacy) return rows;
  if (spec.status === "withdrawn" && spec.progress?.withdrawnAt !== "awaiting-opinions") return rows;
  const route = explainSpec(spec).route;
  const current = currentStage(spec, route);
  const scope = { portfolio: spec.portfolio, directorate: spec.directorate };
  const progress = spec.progress ?? {};
  let day = timeline.routeOpened;

  route.forEach((stage, index) => {
    const key = `${spec.key}:stage:${index + 1}`;
    const resolved = stage.roles.map((role) => resolveRole(role, scope, day, calendar));
    const common: Linked<ApprovalStage> = {
      label: stage.label, arrangementId: itemLink("Partnerships", spec.key), evaluationId: itemLink("Evaluations", spec.key),
      order: index + 1, type: stage.type, roles: stage.roles,
      assignees: resolved.flatMap((r) => r.people.map(personLink)), status: "pending",
    };
    const done = current === -1 || index < current;
    const reached = done || index === current;
    if (!reached) {
      rows.stages.push({ key, record: { ...common, status: spec.status === "awaiting-opinions" || spec.status === "awaiting-approval" ? "pending" : "cancelled" } });
      return;
    }
    const requestedAt = calendar.at(day, 9, 5);
    if (stage.type === "inform") {
      rows.stages.push({ key, record: { ...common, status: "noted", requestedAt, decidedAt: requestedAt } });
      return;
    }
    const given = done ? resolved.length : stage.type === "opinion" ? (progress.opinionsGiven ?? 0) : (progress.approvalsGiven ?? 0);
    const decisions: Linked<AssigneeDecision>[] = [];
    let decidedDay = day;
    resolved.slice(0, given).forEach((r, j) => {
      decidedDay = addDays(day, stage.type === "meeting" ? 7 : 2 + 2 * j);
      const holder = r.people[0];
      if (!holder) return;
      const delegate = progress.delegateActsFor === r.roleId ? r.delegates[0] : undefined;
      const at = calendar.at(decidedDay, 10 + j, stableNumber(`${key}:${j}`, 60));
      decisions.push({ by: personLink(delegate ?? holder), outcome: stage.type === "approval" ? "approved" : "noted", at, ...(delegate ? { onBehalfOf: personLink(holder) } : {}) });
      if (stage.type === "opinion") {
        const opinion = opinionText(r.roleId, spec);
        rows.opinions.push({
          key: `${spec.key}:opinion:${r.roleId}`,
          record: { title: `${opinion.view === "supports" ? "Opinion" : "Opinion with concerns"}: ${spec.name}`, arrangementId: itemLink("Partnerships", spec.key), stageId: itemLink("ApprovalStages", key), roleId: r.roleId, officer: personLink(holder), view: opinion.view, text: opinion.text, givenAt: at },
        });
      }
    });
    const rejecter = !done && progress.rejectedBy ? resolved.find((r) => r.roleId === progress.rejectedBy) : undefined;
    if (rejecter?.people[0]) {
      decidedDay = addDays(decidedDay, 3);
      decisions.push({ by: personLink(rejecter.people[0]), outcome: "rejected", comment: spec.statusReason ?? "Rejected.", at: calendar.at(decidedDay, 16, 20) });
    }
    const last = decisions[decisions.length - 1];
    const delegateUsed = decisions.find((d) => d.onBehalfOf)?.by;
    const status = done ? (stage.type === "approval" ? "approved" : "recorded") : rejecter ? "rejected" : spec.status === "withdrawn" ? "cancelled" : "pending";
    rows.stages.push({
      key,
      record: {
        ...common, status, requestedAt, decisions,
        ...(done && last ? { decidedBy: last.by, decidedAt: last.at } : {}),
        ...(rejecter && last ? { decidedBy: last.by, decidedAt: last.at, decision: "Rejected", comment: last.comment } : {}),
        ...(done && stage.type === "meeting" ? meetingRecord(stage.roles[0] ?? "", decidedDay, spec) : {}),
        ...(delegateUsed ? { delegate: delegateUsed } : {}),
      },
    });
    day = decidedDay;
  });
  return rows;
}

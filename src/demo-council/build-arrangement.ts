import type { Arrangement } from "../domain/records/arrangement";
import { formatMoney } from "../domain/facts/fact-vocabulary";
import type { ArrangementSpec } from "./arrangement-spec";
import { exitReasonOf } from "./build-exit-route";
import type { DemoCalendar } from "./demo-calendar";
import { demoPack, explainSpec } from "./demo-policy";
import { itemLink, personLink, type DemoRow } from "./links";
import { demoPerson } from "./people";
import { directorates, objectives, portfolios } from "./structure";
import type { Timeline } from "./timeline";

const site = "https://www.northbrook.example/partnerships";
const beforeEvaluation = new Set(["proposed", "screening", "screened-out"]);
const approved = new Set(["active", "under-review", "exiting", "ended"]);

const nameOf = <T extends { name: string }>(rows: { key: string; record: T }[], key: string) => rows.find((r) => r.key === key)?.record.name ?? key;

/** Why the arrangement is where it is, when the state alone does not say. */
function statusReason(spec: ArrangementSpec, calendar: DemoCalendar): string | undefined {
  if (spec.statusReason) return spec.statusReason;
  if (spec.status === "screened-out") {
    const screening = explainSpec(spec).screening;
    return screening.result === "out" ? `Screened out: ${screening.exclusion.label}. ${screening.exclusion.alternative}.` : undefined;
  }
  if (spec.status === "exiting" && spec.exit?.status === "proposed") {
    // Word for word what beginning an exit writes, so the record reads the same as one begun in the tab.
    const reason = exitReasonOf(spec.exit.reasonId);
    return `Exit begun by ${demoPerson(spec.exit.decidedBy[0] ?? spec.leadOfficer).title}: ${reason.text} (${reason.cite}).`;
  }
  if (spec.status === "ended" && spec.exit?.decidedMonthsAgo !== undefined) return `Ended following the exit decision of ${calendar.monthsAgo(spec.exit.decidedMonthsAgo)}.`;
  if (spec.status === "under-review") return "Annual review brought forward after the limited governance rating.";
  return undefined;
}

/**
 * The register row. A proposal carries only what its officer typed on day one; from evaluation on
 * the row answers the partnership working framework Annex 1 audit questions too, filled from the story where the spec
 * is silent, the way a lead officer would complete them.
 */
export function buildArrangement(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar, nextReview: string | undefined): DemoRow<Arrangement> {
  const pack = demoPack();
  const contribution = spec.facts.councilResource;
  const early = beforeEvaluation.has(spec.status);
  const councillors = (spec.representatives ?? []).filter((r) => r.type === "councillor");
  const base: DemoRow<Arrangement>["record"] = {
    name: spec.name,
    kind: spec.kind,
    ...(spec.subtype ? { subtype: spec.subtype } : {}),
    ...(spec.category ? { category: spec.category } : {}),
    status: spec.status,
    ...(statusReason(spec, calendar) ? { statusReason: statusReason(spec, calendar) } : {}),
    directorateId: itemLink("Directorates", spec.directorate),
    portfolioId: itemLink("Portfolios", spec.portfolio),
    leadOfficer: personLink(spec.leadOfficer),
    ...(spec.leadMember ? { leadMember: personLink(spec.leadMember) } : {}),
    ...(contribution !== undefined ? { councilContribution: contribution } : {}),
    objectiveIds: spec.objectives.map((o) => itemLink("Objectives", o)),
    policyPackId: pack.id,
    policyVersion: pack.version,
    ...spec.details,
  };
  if (early) return { key: spec.key, record: base };

  const objectiveText = spec.objectives
    .map((key) => objectives.find((o) => o.key === key)?.record)
    .map((o) => (o ? `${o.code} ${o.title}` : ""))
    .join("; ");
  const record: DemoRow<Arrangement>["record"] = {
    ...base,
    ...(spec.sponsoringOfficer ? { sponsoringOfficer: personLink(spec.sponsoringOfficer) } : {}),
    ...(spec.exitInstigator ? { exitInstigator: personLink(spec.exitInstigator) } : {}),
    ...(timeline.start ? { startDate: timeline.start } : {}),
    ...(timeline.plannedEnd ? { plannedEndDate: timeline.plannedEnd } : {}),
    ...(nextReview ? { nextReviewDue: nextReview } : {}),
    ...(spec.totalBudget !== undefined ? { totalBudget: spec.totalBudget } : {}),
    termsOfReferenceUrl: `${site}/${spec.key}/terms-of-reference`,
    ...(approved.has(spec.status) && spec.kind !== "working-group" ? { governanceDocumentUrl: `${site}/${spec.key}/agreement` } : {}),
    ...(spec.facts.publicFacing ? { complaintsProcedureUrl: `${site}/${spec.key}/complaints` } : {}),
    ...(spec.governance ? { governanceRating: spec.governance.rating, governanceRatingDate: calendar.monthsAgo(spec.governance.monthsAgo) } : {}),
    ...(spec.facts.statutory !== undefined ? { statutory: spec.facts.statutory } : { statutory: false }),
    memberInvolvement: spec.facts.memberInvolvement ?? councillors.length > 0,
    publicFacing: spec.facts.publicFacing ?? false,
    areaOfWork: `${nameOf(portfolios, spec.portfolio)} (${nameOf(directorates, spec.directorate)} directorate)`,
    membership: spec.details.membership ?? ["Northbrook Borough Council", ...(spec.details.partners ?? []).map((p) => p.name)].join("; "),
    electedMemberContribution: councillors.length
      ? councillors.map((c) => `${c.person ? demoPerson(c.person).title : c.name} — ${c.role}`).join("; ")
      : "No councillor sits on it; the Lead Member is briefed by the lead officer.",
    contributionToBusinessPlan: `Contributes to ${objectiveText}.`,
    councilResources: {
      ...(contribution ? { finance: `${formatMoney(contribution)} a year` } : {}),
      staff: `${demoPerson(spec.leadOfficer).jobTitle} as lead officer`,
      ...spec.details.councilResources,
    },
    performanceReviewMechanisms: spec.measures?.length
      ? `${spec.measures.map((m) => m.name).join("; ")}, reported ${spec.measures[0]?.frequency ?? "quarterly"} to the lead officer and in the annual register review.`
      : "Annual register review and governance assurance for the Annual Governance Statement.",
    informationSharing: spec.details.informationSharing ?? "Covered by the Wessex information sharing framework; no special category data is shared.",
  };
  return { key: spec.key, record };
}

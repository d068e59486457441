import { parseIsoDate } from "../domain/review-calendar/iso-date";
import { arrangementSpecs } from "./arrangements";
import { buildArrangement } from "./build-arrangement";
import { buildAuditTrail } from "./build-audit-trail";
import { buildBudgetFigures } from "./build-budget";
import { buildEvaluation } from "./build-evaluation";
import { buildExit } from "./build-exit";
import { buildExitRoute } from "./build-exit-route";
import { buildMeasures, buildRisks } from "./build-monitoring";
import { buildRepresentation } from "./build-representation";
import { buildReviews, nextReviewDue } from "./build-reviews";
import { buildRoute } from "./build-route";
import { demoCalendar } from "./demo-calendar";
import type { DemoCouncil } from "./demo-council";
import { demoPack } from "./demo-policy";
import { demoPeople } from "./people";
import { buildRoleHolders } from "./role-holders";
import { directorates, objectives, portfolios } from "./structure";
import { timelineOf } from "./timeline";

/**
 * Northbrook Borough Council, a fictional borough running under the default framework, as of
 * `today` (YYYY-MM-DD). Pure: no clock, no I/O, the same council for the same day. References
 * between records are keys (see links.ts) that a seeder resolves to ids as it writes the lists
 * in `demoListOrder`.
 */
export function buildDemoCouncil(today: string): DemoCouncil {
  parseIsoDate(today, "today");
  const calendar = demoCalendar(today);
  const pack = demoPack();
  const council: DemoCouncil = {
    today,
    policyPackId: pack.id,
    policyVersion: pack.version,
    people: demoPeople,
    portfolios,
    directorates,
    objectives,
    roleHolders: buildRoleHolders(calendar),
    arrangements: [],
    evaluations: [],
    exits: [],
    approvalStages: [],
    opinions: [],
    risks: [],
    measures: [],
    budgetFigures: [],
    reviews: [],
    representatives: [],
    interests: [],
    auditEntries: [],
  };
  const audit: DemoCouncil["auditEntries"][number]["record"][] = [];
  for (const spec of arrangementSpecs) {
    const timeline = timelineOf(spec, calendar);
    const reviews = buildReviews(spec, timeline, calendar);
    const evaluation = buildEvaluation(spec, timeline, calendar);
    const route = buildRoute(spec, timeline, calendar);
    const exit = buildExit(spec, calendar);
    const exitStages = buildExitRoute(spec, calendar);
    const representation = buildRepresentation(spec, timeline, calendar);
    council.arrangements.push(buildArrangement(spec, timeline, calendar, nextReviewDue(reviews)));
    if (evaluation) council.evaluations.push(evaluation);
    council.approvalStages.push(...route.stages, ...exitStages);
    council.opinions.push(...route.opinions);
    council.risks.push(...buildRisks(spec, calendar));
    council.measures.push(...buildMeasures(spec, calendar));
    council.budgetFigures.push(...buildBudgetFigures(spec, timeline, calendar));
    council.reviews.push(...reviews);
    council.representatives.push(...representation.representatives);
    council.interests.push(...representation.interests);
    if (exit) council.exits.push(exit);
    audit.push(...buildAuditTrail(spec, timeline, calendar, { evaluation, ...route, exit, exitStages, reviews }));
  }
  // The trail is read in time order; the sort is stable, so same-moment entries keep their story order.
  council.auditEntries = audit
    .map((record, index) => ({ record, index }))
    .sort((a, b) => (a.record.at < b.record.at ? -1 : a.record.at > b.record.at ? 1 : a.index - b.index))
    .map(({ record }, n) => ({ key: `audit-${String(n + 1).padStart(4, "0")}`, record }));
  return council;
}

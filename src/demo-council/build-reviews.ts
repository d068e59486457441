import type { Review } from "../domain/records/review";
import { addMonths } from "../domain/review-calendar/add-months";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { itemLink, personLink, type DemoRow } from "./links";
import { stableNumber } from "./stable-number";
import type { Timeline } from "./timeline";

const monitored = new Set(["active", "under-review", "exiting"]);
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The reviews an arrangement owes under the default framework: the register review (March–August, 6.6),
 * governance assurance for the AGS (February–March, 6.11) and, for full and joint-management
 * shared services, the annual review on each anniversary (6.8) with the year 1–2 or year 3+
 * template. Done ones are completed; a spec marked overdue has its latest one still due.
 */
export function buildReviews(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar): DemoRow<Review>[] {
  if (!monitored.has(spec.status) || !timeline.start) return [];
  const start = timeline.start;
  const rows: DemoRow<Review>[] = [];
  const arrangementId = itemLink("Partnerships", spec.key);
  const rating = spec.governance?.rating ?? "substantial";
  const done = (day: string, answers: Record<string, string>) => ({
    status: "completed" as const,
    completedBy: personLink(spec.leadOfficer),
    completedAt: calendar.at(day, 11, stableNumber(spec.key, 50)),
    answers,
  });
  const add = (key: string, review: DemoRow<Review>["record"]) => rows.push({ key: `${spec.key}:${key}`, record: review });

  const registerDue = calendar.lastPassed(8, 31);
  const registerYear = Number(registerDue.slice(0, 4));
  const sharedReviewed = spec.kind === "shared-service" && (spec.subtype === "full" || spec.subtype === "joint-management");
  if (start < `${registerYear}-03-01`) {
    const overdue = spec.reviewOverdue === true && !sharedReviewed;
    add(`register-${registerYear}`, {
      title: `${spec.name}: register review ${registerYear}`,
      arrangementId, reviewTypeId: "register-review", period: String(registerYear), dueDate: registerDue,
      ...(overdue
        ? { status: stableNumber(spec.key, 2) === 0 ? "due" : "in-progress" }
        : done(`${registerYear}-07-${pad(5 + stableNumber(spec.key, 20))}`, {
            "entry-current": "Yes; contribution and lead officer confirmed against this year's budget book.",
            "still-fit-for-purpose": rating === "substantial" || rating === "reasonable" ? "Yes." : "Broadly, with the actions noted in the governance rating.",
          })),
    });
  }
  add(`register-${registerYear + 1}`, {
    title: `${spec.name}: register review ${registerYear + 1}`,
    arrangementId, reviewTypeId: "register-review", period: String(registerYear + 1), dueDate: `${registerYear + 1}-08-31`,
    status: spec.status === "under-review" ? "in-progress" : "due",
    ...(spec.status === "under-review" ? { answers: { "entry-current": "Being checked with the partner's finance team." } } : {}),
  });

  const assuranceDue = calendar.lastPassed(3, 31);
  const assuranceYear = Number(assuranceDue.slice(0, 4));
  if (start < `${assuranceYear}-02-01`) {
    add(`assurance-${assuranceYear}`, {
      title: `${spec.name}: governance assurance ${assuranceYear}`,
      arrangementId, reviewTypeId: "governance-assurance", period: `${assuranceYear - 1}/${pad(assuranceYear % 100)}`, dueDate: assuranceDue,
      // The yes / in part / no answers that give the arrangement's rating under the default rule (src/domain/governance-rating).
      ...done(`${assuranceYear}-03-${pad(3 + stableNumber(spec.key, 25))}`, {
        "governance-in-place": rating === "weak" ? "partly" : "yes",
        "governance-in-place#comment": rating === "weak" ? "Agreement in place, but the risk register has not been reviewed this year." : "Agreement, terms of reference and risk register in place.",
        "objectives-still-met": rating === "substantial" ? "yes" : rating === "reasonable" ? "partly" : "no",
        ...(rating === "substantial" ? {} : { "objectives-still-met#comment": "See the improvement plan agreed with the partners." }),
      }),
      rating,
    });
  }

  if (sharedReviewed) {
    let year = 0;
    while (addMonths(start, 12 * (year + 1)) < calendar.today) year++;
    const template = (n: number) => (n <= 2 ? "comprehensive" : "focused");
    if (year >= 1) {
      const due = addMonths(start, 12 * year);
      add(`shared-review-${year}`, {
        title: `${spec.name}: shared service review, year ${year}`,
        arrangementId, reviewTypeId: "shared-service-annual-review", templateId: template(year), period: `Year ${year}`, dueDate: due,
        ...(spec.reviewOverdue
          ? { status: "due" }
          : done(due, year <= 2
              ? { "officer-feedback": "Positive; staff value the larger team.", "goals-achieved": "Savings target met.", "all-aspects": "See the report to Cabinet Committee." }
              : { "objective-progress": "On track.", "kpi-report": "All key measures at or near target.", "previous-recommendations": "Implemented.", "future-recommendations": "Continue; look for a further partner." })),
      });
    }
    add(`shared-review-${year + 1}`, {
      title: `${spec.name}: shared service review, year ${year + 1}`,
      arrangementId, reviewTypeId: "shared-service-annual-review", templateId: template(year + 1), period: `Year ${year + 1}`,
      dueDate: addMonths(start, 12 * (year + 1)), status: "due",
    });
  }
  return rows;
}

/** The earliest review still owed: in the past for an overdue arrangement, else the next one. */
export function nextReviewDue(reviews: DemoRow<Review>[]): string | undefined {
  const owed = reviews.filter((r) => r.record.status === "due" || r.record.status === "in-progress").map((r) => r.record.dueDate);
  return owed.sort()[0];
}

import type { SPFI } from "@pnp/sp";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Evaluation } from "../../domain/records/evaluation";
import type { Review } from "../../domain/records/review";
import { arrangementReviewCalendar } from "../../domain/review-forms/arrangement-reviews";
import { reviewsToSchedule } from "../../domain/review-forms/reviews-to-schedule";
import type { Actor } from "../audit-trail";
import { eq, or } from "../odata";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import { monitoredStates } from "./monitored-states";

export interface ScheduleResult {
  created: { id: number; arrangementId: number; title: string }[];
  /** Arrangements whose calendar could not be drawn, in plain English. */
  problems: string[];
}

const schedulingReason = "Scheduled by the review calendar in the council's policy";

/**
 * Creates a Reviews item for every review the council's pack says is due or overdue and that has
 * none yet (one item per arrangement, review type and period: see reviewsToSchedule), for one
 * arrangement or every monitored one. Idempotent: running it again — on every record view and
 * every `remind` run — creates nothing new. It only ever adds items, never changes one, so it
 * cannot overwrite anybody's answers; each item it adds is audited under `actor`.
 */
export async function scheduleDueReviews(sp: SPFI, options: { asOf: string; actor: Actor; arrangementId?: number }): Promise<ScheduleResult> {
  const { pack } = await readActivePolicy(sp);
  const scope = options.arrangementId;
  const [arrangements, evaluations, reviews] = await readTogether(sp, [
    (b) =>
      scope === undefined
        ? repositoryFor(sp, "Partnerships").within(b).query({ filter: or(...monitoredStates.map((s) => eq("Status", s))) })
        : repositoryFor(sp, "Partnerships").within(b).query({ filter: eq("Id", scope) }),
    (b) => repositoryFor(sp, "Evaluations").within(b).query(scope === undefined ? { select: ["Arrangement", "Answers"] } : { select: ["Arrangement", "Answers"], filter: eq("ArrangementId", scope) }),
    (b) =>
      repositoryFor(sp, "Reviews")
        .within(b)
        .query(scope === undefined ? { select: ["Arrangement", "ReviewTypeId", "DueDate", "Status", "CompletedAt"] } : { select: ["Arrangement", "ReviewTypeId", "DueDate", "Status", "CompletedAt"], filter: eq("ArrangementId", scope) }),
  ] as const);
  const byArrangement = <T extends { arrangementId?: number }>(rows: readonly ListRow<T>[]) => {
    const map = new Map<number, Partial<T>[]>();
    for (const row of rows) {
      const id = row.record.arrangementId;
      if (id !== undefined) map.set(id, [...(map.get(id) ?? []), row.record]);
    }
    return map;
  };
  const evaluationsOf = byArrangement<Evaluation>(evaluations);
  const reviewsOf = byArrangement<Review>(reviews);
  const result: ScheduleResult = { created: [], problems: [] };
  const repository = repositoryFor(sp, "Reviews");
  for (const row of arrangements as ListRow<Arrangement>[]) {
    const arrangement = row.record;
    if (!arrangement.status || !monitoredStates.includes(arrangement.status) || !arrangement.startDate) continue;
    const name = arrangement.name ?? `Arrangement ${row.id}`;
    const calendar = arrangementReviewCalendar(pack, arrangement, evaluationsOf.get(row.id) ?? [], reviewsOf.get(row.id) ?? [], options.asOf);
    if (!calendar.ok) {
      result.problems.push(`${name}: ${calendar.problem}`);
      continue;
    }
    for (const review of reviewsToSchedule(name, calendar.entries, reviewsOf.get(row.id) ?? [])) {
      const added = await repository.add({ ...review, arrangementId: row.id, status: "due" }, options.actor, { reason: schedulingReason });
      result.created.push({ id: added.id, arrangementId: row.id, title: review.title });
    }
  }
  return result;
}

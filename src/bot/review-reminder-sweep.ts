import { reviewReminderCard, type ReviewReminder } from "../cards/review-reminder-card";
import type { PersonRef } from "../domain/records/person-ref";
import { holdsRoleOn } from "../domain/records/role-holder";
import { decideReviewReminder } from "../domain/review-reminders/decide-review-reminder";
import { reviewFormFor } from "../domain/review-forms/review-form";
import { conversationsByPerson } from "../sharepoint/approvals/conversations";
import { ukToday } from "../sharepoint/authorise/editor-rule";
import { describeError } from "../sharepoint/describe-error";
import { readActivePolicy } from "../sharepoint/read-active-policy";
import { markReviewReminded, readOwedReviews } from "../sharepoint/reviews/read-owed-reviews";
import { scheduleDueReviews } from "../sharepoint/reviews/schedule-due-reviews";
import { emptyReport, nameOf, reviewSubject, type CardDelivery } from "./card-delivery";
import type { Sweep } from "./sweeps";

/** Used when the pack sets no `reviews.reminders` (the built-in packs all do). */
export const defaultReviewReminderRules = { overdueReminderDays: 7, escalateAfterDays: 21 };
/** The role escalated to when the pack names none: the directorate's director. */
export const defaultEscalationRole = "director";

export interface ReviewReminderPlan {
  reviewId: number;
  arrangementId: number;
  kind: ReviewReminder["kind"];
  person: PersonRef;
  label: string;
  daysOverdue: number;
}

export interface ReviewReminderRun {
  scheduled: number;
  planned: ReviewReminderPlan[];
  sent: ReviewReminderPlan[];
  /** People the bot cannot reach (the app is not installed for them), with what they were not sent. */
  unreachable: { person: string; reviewId: number; label: string }[];
  /** Cards Teams would not take. */
  failed: { person: string; reviewId: number; error: string }[];
  /** Plain-English lines: reviews nobody could be reminded about, and why. */
  problems: string[];
}

/**
 * The review sweep (run by `npm run cli -- remind` and the bot's notify endpoint): first creates
 * the Reviews items the calendar says are now due, then sends each person who owes a review a
 * card — once when it falls due, once when it is overdue, and again only after the pack's
 * `overdueReminderDays` — and escalates a review overdue by `escalateAfterDays` to the
 * arrangement's directorate director, once. What was sent is recorded on the review itself
 * (LastRemindedAt, EscalatedAt), so a scheduler may run this as often as it likes.
 */
export async function sendReviewReminders(
  delivery: CardDelivery,
  actor: PersonRef,
  options: { now?: Date; dryRun?: boolean; reviewUrl: (arrangementId: number, reviewId: number) => string },
): Promise<ReviewReminderRun> {
  const now = options.now ?? new Date();
  const today = ukToday(now);
  const run: ReviewReminderRun = { scheduled: 0, planned: [], sent: [], unreachable: [], failed: [], problems: [] };
  if (!options.dryRun) {
    const scheduled = await scheduleDueReviews(delivery.sp, { asOf: today, actor });
    run.scheduled = scheduled.created.length;
    run.problems.push(...scheduled.problems.map((p) => `Reviews could not be scheduled for ${p}`));
  }
  const [{ pack }, owed] = await Promise.all([readActivePolicy(delivery.sp), readOwedReviews(delivery.sp)]);
  const rules = pack.reviews.reminders ?? defaultReviewReminderRules;
  const escalateTo = pack.reviews.reminders?.escalateTo ?? defaultEscalationRole;
  const conversations = conversationsByPerson(owed.conversations);
  const send = async (plan: ReviewReminderPlan, reminder: ReviewReminder): Promise<boolean> => {
    run.planned.push(plan);
    if (options.dryRun) return false;
    const to = conversations.get(plan.person.id);
    if (!to) {
      run.unreachable.push({ person: nameOf(plan.person), reviewId: plan.reviewId, label: plan.label });
      return false;
    }
    try {
      await delivery.connector.send(to, reviewReminderCard(reminder), `${plan.kind === "escalation" ? "Escalated" : "Reminder"}: ${plan.label}`);
      run.sent.push(plan);
      return true;
    } catch (error) {
      run.failed.push({ person: nameOf(plan.person), reviewId: plan.reviewId, error: `the ${plan.kind} about ${plan.label}: ${describeError(error)}` });
      return false;
    }
  };

  for (const review of owed.reviews) {
    const r = review.record;
    const decision = decideReviewReminder(r, today, rules);
    if ((!decision.remind && !decision.escalate) || !r.dueDate || !r.arrangementId) continue;
    const arrangement = owed.arrangements.get(r.arrangementId);
    if (!arrangement) continue;
    const a = arrangement.record;
    const form = r.reviewTypeId ? reviewFormFor(pack, r.reviewTypeId, r.templateId) : undefined;
    const reminder: ReviewReminder = {
      kind: "reminder",
      arrangementName: a.name ?? `Arrangement ${arrangement.id}`,
      reviewName: form?.name ?? r.title ?? "Review",
      ...(form?.templateName ? { templateName: form.templateName } : {}),
      ...(r.period ? { period: r.period } : {}),
      dueDate: r.dueDate,
      daysOverdue: decision.daysOverdue,
      reviewUrl: options.reviewUrl(arrangement.id, review.id),
    };
    const label = `${reminder.arrangementName}: ${reminder.reviewName}${r.period ? ` (${r.period})` : ""}`;
    const owner = a.leadOfficer ?? a.sponsoringOfficer;
    const marks: { lastRemindedAt?: string; escalatedAt?: string } = {};
    if (decision.remind) {
      if (!owner) run.problems.push(`${label} has no lead or sponsoring officer to remind.`);
      else if (await send({ reviewId: review.id, arrangementId: arrangement.id, kind: "reminder", person: owner, label, daysOverdue: decision.daysOverdue }, reminder)) {
        marks.lastRemindedAt = now.toISOString();
      }
    }
    if (decision.escalate) {
      const directors = owed.roleHolders.filter((h) => h.record.roleId === escalateTo && h.record.directorateId === a.directorateId && holdsRoleOn(h.record, today) && h.record.person);
      if (directors.length === 0) run.problems.push(`${label} is overdue by ${decision.daysOverdue} days, but nobody holds the "${escalateTo}" role for its directorate to escalate it to.`);
      let escalated = false;
      for (const director of directors) {
        const person = director.record.person!;
        const plan: ReviewReminderPlan = { reviewId: review.id, arrangementId: arrangement.id, kind: "escalation", person, label, daysOverdue: decision.daysOverdue };
        if (await send(plan, { ...reminder, kind: "escalation", ...(owner ? { owedBy: nameOf(owner) } : {}) })) escalated = true;
      }
      if (escalated) marks.escalatedAt = now.toISOString();
    }
    if (marks.lastRemindedAt || marks.escalatedAt) {
      try {
        await markReviewReminded(delivery.sp, review, marks, actor);
      } catch (error) {
        run.problems.push(`The card about ${label} was sent, but could not be noted on the review (${describeError(error)}); it may be sent again on the next run.`);
      }
    }
  }
  return run;
}

export const describeReviewPlan = (plan: ReviewReminderPlan): string =>
  `${nameOf(plan.person)} — ${plan.kind === "escalation" ? "escalation" : "reminder"}: ${plan.label}${plan.daysOverdue > 0 ? ` (overdue ${plan.daysOverdue} days)` : ""}`;

/**
 * The review form's address: the tab's own path in local mode or a browser; a Teams deep link can
 * only name the record (pathForSubEntityId), so from Teams the card opens the record's Reviews.
 */
export function reviewUrlFrom(link: CardDelivery["link"]): (arrangementId: number, reviewId: number) => string {
  return (arrangementId, reviewId) => {
    const record = link(arrangementId);
    return record.includes("?context=") ? record : `${record.replace(/\/$/, "")}/reviews/${reviewId}`;
  };
}

/** The sweep as the bot's registry (sweeps.ts) runs it, for `remind` and POST /api/notify {topic:"reviews"}. */
export const reviewRemindersSweep: Sweep = {
  id: "review-reminders",
  topic: "reviews",
  describe: "review reminders and escalations",
  async run(delivery, actor, options) {
    const run = await sendReviewReminders(delivery, actor, { ...options, reviewUrl: reviewUrlFrom(delivery.link) });
    const report = emptyReport();
    for (const plan of run.sent) report.sent.push({ person: nameOf(plan.person), subject: reviewSubject(plan.reviewId), activityId: "" });
    report.unreachable.push(...run.unreachable.map((u) => ({ person: u.person, subject: reviewSubject(u.reviewId) })));
    report.failed.push(...run.failed.map((f) => ({ person: f.person, subject: reviewSubject(f.reviewId), error: f.error })));
    for (const problem of run.problems) delivery.log(problem);
    return {
      planned: [
        ...(run.scheduled > 0 ? [`${run.scheduled} review${run.scheduled === 1 ? "" : "s"} scheduled as due by the review calendar`] : []),
        ...run.planned.map(describeReviewPlan),
      ],
      report,
    };
  },
};

import { reminderCard } from "../cards/reminder-card";
import type { PersonRef } from "../domain/records/person-ref";
import { remindersSince } from "../sharepoint/approvals/card-messages";
import { pendingStagesRequestedBefore } from "../sharepoint/approvals/pending-stages";
import { readStageContext } from "../sharepoint/approvals/read-stage-context";
import { decidedFor } from "../sharepoint/approvals/route-context";
import { readActivePolicy } from "../sharepoint/read-active-policy";
import { emptyReport, mergeReports, nameOf, type CardDelivery, type DeliveryReport } from "./card-delivery";
import { sendCards } from "./send-cards";

const dayMs = 86_400_000;
/** Used when the pack sets no `reviews.reminders` (the built-in packs all do). */
export const defaultPendingStageDays = 5;

export interface ReminderPlan {
  stageId: number;
  arrangementId: number;
  label: string;
  person: PersonRef;
  daysWaiting: number;
}

export interface ReminderRun {
  planned: ReminderPlan[];
  report: DeliveryReport;
  pendingStageDays: number;
}

/**
 * Nudges everyone who has owed a stage an answer for longer than the pack's
 * `reviews.reminders.pendingStageDays`, with a reminder card (the request again, buttons and all).
 * Each reminder is recorded in CardMessages; a person already reminded about a stage within
 * that many days is skipped, so a scheduler may run this as often as it likes — a second run on
 * the same day sends nothing. `dryRun` plans without sending.
 */
export async function sendReminders(delivery: CardDelivery, actor: PersonRef, options: { now?: Date; dryRun?: boolean } = {}): Promise<ReminderRun> {
  const now = options.now ?? new Date();
  const { pack } = await readActivePolicy(delivery.sp);
  const days = pack.reviews.reminders?.pendingStageDays ?? defaultPendingStageDays;
  const cutoff = new Date(now.getTime() - days * dayMs).toISOString();
  const [stages, recent] = await Promise.all([pendingStagesRequestedBefore(delivery.sp, cutoff), remindersSince(delivery.sp, cutoff)]);
  const reminded = new Set(recent.map((m) => `${m.record.stageId}:${m.record.person?.id}`));
  const planned: ReminderPlan[] = [];
  const reports: DeliveryReport[] = [];
  for (const row of stages) {
    const context = await readStageContext(delivery.sp, row.id);
    const stage = context.stage.record;
    if (stage.status !== "pending" || !stage.requestedAt) continue;
    const owing = (stage.assignees ?? []).filter((p) => !(stage.decisions ?? []).some((d) => decidedFor(d) === p.id) && !reminded.has(`${row.id}:${p.id}`));
    const daysWaiting = Math.floor((now.getTime() - Date.parse(stage.requestedAt)) / dayMs);
    planned.push(...owing.map((person) => ({ stageId: row.id, arrangementId: context.arrangement.id, label: `${context.arrangement.record.name ?? ""}: ${stage.label ?? ""}`, person, daysWaiting })));
    if (options.dryRun || owing.length === 0) continue;
    reports.push(await sendCards(delivery, context, row.id, owing, "reminder", (ctx) => reminderCard({ ...ctx, daysWaiting }), actor));
  }
  return { planned, report: reports.length ? mergeReports(...reports) : emptyReport(), pendingStageDays: days };
}

export const describePlan = (plan: ReminderPlan): string => `${nameOf(plan.person)} — ${plan.label} (waiting ${plan.daysWaiting} days)`;

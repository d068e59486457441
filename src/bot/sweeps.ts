import type { PersonRef } from "../domain/records/person-ref";
import { emptyReport, mergeReports, type CardDelivery, type DeliveryReport } from "./card-delivery";
import { approvalRequestsSweep } from "./send-open-requests";
import { reviewRemindersSweep } from "./review-reminder-sweep";
import { registerReviewSweep } from "./register-review-sweep";

/**
 * What the tab tells the bot has just happened (POST /api/notify): approval stages opened (an
 * evaluation submitted, a meeting recorded, an exit begun), or reviews opened (an annual register
 * review, a governance-assurance round). Each topic runs its sweeps.
 */
export const sweepTopics = ["approvals", "reviews"] as const;
export type SweepTopic = (typeof sweepTopics)[number];

export const isSweepTopic = (value: unknown): value is SweepTopic => typeof value === "string" && (sweepTopics as readonly string[]).includes(value);

export interface SweepOptions {
  /** Work out who would get a card, send nothing (`remind --dry-run`). */
  dryRun?: boolean;
  now?: Date;
}

export interface SweepResult {
  /** What was (or, in a dry run, would be) sent: one line per card, for the CLI and the log. */
  planned: string[];
  report: DeliveryReport;
}

/**
 * A sweep finds, from SharePoint alone, every card that should have gone out and has not, and
 * sends exactly those — recording each in CardMessages — so running it twice, or after a notify
 * that was missed, sends nothing twice. It is how the bot catches up whatever the tab opened.
 */
export interface Sweep {
  /** Short and unique, for logs: "approval-requests". */
  id: string;
  topic: SweepTopic;
  /** What it sends, in a few words, for `remind`'s output. */
  describe: string;
  run(delivery: CardDelivery, actor: PersonRef, options: SweepOptions): Promise<SweepResult>;
}

/**
 * Every sweep the bot runs. To add one (a review-card sweep), import it and add ONE line here;
 * `remind` and the notify endpoint pick it up.
 */
export const sweeps: readonly Sweep[] = [
  approvalRequestsSweep,
  // Before the reminders: a round's card counts as each listed review's "falls due" reminder.
  registerReviewSweep,
  reviewRemindersSweep,
  // Review-card sweeps (annual register review, governance assurance) are added here, one line each.
];

/** The sweeps of a topic, or all of them. */
export const sweepsFor = (topic: SweepTopic | "all", registry: readonly Sweep[] = sweeps): Sweep[] => registry.filter((s) => topic === "all" || s.topic === topic);

export interface SweepRun {
  results: { sweep: Sweep; result?: SweepResult; error?: string }[];
  report: DeliveryReport;
}

/**
 * Runs the topic's sweeps one after another. A sweep that fails is reported and the others still
 * run, so one broken list never stops the approval cards going out.
 */
export async function runSweeps(delivery: CardDelivery, actor: PersonRef, topic: SweepTopic | "all", options: SweepOptions = {}, registry: readonly Sweep[] = sweeps): Promise<SweepRun> {
  const results: SweepRun["results"] = [];
  for (const sweep of sweepsFor(topic, registry)) {
    try {
      results.push({ sweep, result: await sweep.run(delivery, actor, options) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      delivery.log(`The ${sweep.id} sweep failed: ${message}`);
      results.push({ sweep, error: message });
    }
  }
  const reports = results.flatMap((r) => (r.result ? [r.result.report] : []));
  return { results, report: reports.length > 0 ? mergeReports(...reports) : emptyReport() };
}

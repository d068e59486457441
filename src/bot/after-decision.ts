import type { PersonRef } from "../domain/records/person-ref";
import type { DecideResult } from "../sharepoint/approvals/decide";
import type { StageContext } from "../sharepoint/approvals/stage-context";
import { describeReport, mergeReports, type CardDelivery, type DeliveryReport } from "./card-delivery";
import { noticeCardFor, sendCards, sendStageRequests } from "./send-cards";
import { updateStageCards } from "./update-cards";

type Decided = Extract<DecideResult, { outcome: "decided" }>;

/**
 * What follows a recorded decision, after the person who clicked has their card back: every
 * posted copy of the stage's card is updated, the next stage's people get their requests,
 * reached inform stages are told, and the lead officer and Change Manager get a notice. Each
 * stage whose state changed (the decided one, cancelled ones) has its cards brought up to date.
 */
export async function afterDecision(delivery: CardDelivery, result: Decided, stageId: number, actor: PersonRef): Promise<DeliveryReport> {
  const context: StageContext = result.context;
  const changed = context.route.filter((r) => r.id === stageId || r.record.status === "cancelled").map((r) => r.id);
  const reports = await Promise.all([
    ...changed.map((id) => updateStageCards(delivery, context, id)),
    ...result.opened.map((id) => sendStageRequests(delivery, context, id, actor)),
    ...result.informed.map((id) => sendStageRequests(delivery, context, id, actor)),
    sendCards(delivery, context, stageId, result.notify, "notice", (ctx) => noticeCardFor(ctx), actor),
  ]);
  const report = mergeReports(...reports);
  for (const line of describeReport(report)) delivery.log(line);
  if (result.blocked) delivery.log(`All stages are done but the arrangement cannot become active yet: ${result.blocked}`);
  return report;
}

import type { PersonRef } from "../domain/records/person-ref";
import { cardMessagesForStage } from "../sharepoint/approvals/card-messages";
import { readStageContext } from "../sharepoint/approvals/read-stage-context";
import { eq } from "../sharepoint/odata";
import { repositoryFor } from "../sharepoint/repositories";
import { mergeReports, type CardDelivery, type DeliveryReport } from "./card-delivery";
import { sendStageRequests } from "./send-cards";

/**
 * Sends the request cards for stages that are open but whose people never got one — stages
 * loaded in bulk (the demo council, a migration) rather than opened by the bot. Only the stage in
 * turn on each route is sent (later ones wait behind it), and a stage that already has a request
 * message is left alone, so running it again sends nothing twice.
 */
export async function sendOpenRequests(delivery: CardDelivery, actor: PersonRef): Promise<DeliveryReport> {
  const pending = await repositoryFor(delivery.sp, "ApprovalStages").query({ select: ["Id", "Arrangement", "StageOrder", "Status"], filter: eq("Status", "pending") });
  const reports: DeliveryReport[] = [];
  for (const row of pending) {
    const context = await readStageContext(delivery.sp, row.id);
    const inTurn = context.route.find((stage) => stage.record.status === "pending");
    if (inTurn?.id !== row.id) continue;
    const sent = await cardMessagesForStage(delivery.sp, row.id);
    if (sent.some((m) => m.record.kind === "request" || m.record.kind === "inform")) continue;
    reports.push(await sendStageRequests(delivery, context, row.id, actor));
  }
  return mergeReports(...reports);
}

import { cardForViewer } from "../cards/card-for-viewer";
import type { AdaptiveCard, CardContext } from "../cards/card-types";
import { decidedCard } from "../cards/decided-card";
import { cardMessagesForStage } from "../sharepoint/approvals/card-messages";
import { conversationsByPerson } from "../sharepoint/approvals/conversations";
import type { StageContext } from "../sharepoint/approvals/stage-context";
import { describeError } from "../sharepoint/describe-error";
import { cardContextOf } from "./card-context";
import { emptyReport, nameOf, stageSubject, type CardDelivery, type DeliveryReport } from "./card-delivery";
import { noticeCardFor } from "./send-cards";

/**
 * Brings every card already posted for a stage up to date after a decision: a decided stage's
 * cards become the decided card for everyone; while it is still pending (one approver of two has
 * answered) each person's copy shows what that person should now see — buttons only for someone
 * who still owes an answer. Each message is in one person's own chat, so it is built for them.
 */
export async function updateStageCards(delivery: CardDelivery, context: StageContext, stageId: number): Promise<DeliveryReport> {
  const report = emptyReport();
  const messages = await cardMessagesForStage(delivery.sp, stageId);
  if (messages.length === 0) return report;
  const ctx = cardContextOf(context, stageId, delivery.link);
  const userIds = conversationsByPerson(context.conversations);
  const summary = `${ctx.arrangement.name}: ${ctx.stage.label}`;
  await Promise.all(
    messages.map(async ({ record }) => {
      const { person, conversationId, serviceUrl, activityId, kind } = record;
      if (!person || !conversationId || !serviceUrl || !activityId) return;
      try {
        const card = kind === "notice" ? noticeCardFor(ctx) : currentCard(ctx, userIds.get(person.id)?.userId);
        await delivery.connector.update({ conversationId, serviceUrl }, activityId, card, summary);
        report.sent.push({ person: nameOf(person), subject: stageSubject(stageId), activityId });
      } catch (error) {
        report.failed.push({ person: nameOf(person), subject: stageSubject(stageId), error: describeError(error) });
      }
    }),
  );
  return report;
}

function currentCard(ctx: CardContext, viewerUserId: string | undefined): AdaptiveCard {
  if (ctx.stage.status === "pending" || ctx.stage.type === "inform") return cardForViewer(ctx, viewerUserId);
  const last = ctx.stage.decisions.at(-1);
  return decidedCard({ ...ctx, outcome: ctx.stage.status, ...(last ? { decidedBy: last.person } : {}), ...(last?.comment ? { comment: last.comment } : {}) });
}

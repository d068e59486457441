import { approvalRequestCard } from "../cards/approval-request-card";
import type { AdaptiveCard, CardContext } from "../cards/card-types";
import { decidedCard } from "../cards/decided-card";
import { informCard } from "../cards/inform-card";
import { opinionRequestCard } from "../cards/opinion-request-card";
import { statusCard } from "../cards/status-card";
import type { CardMessageKind } from "../domain/records/card-message";
import type { PersonRef } from "../domain/records/person-ref";
import { recordCardMessage } from "../sharepoint/approvals/card-messages";
import { conversationsByPerson } from "../sharepoint/approvals/conversations";
import type { StageContext } from "../sharepoint/approvals/stage-context";
import { describeError } from "../sharepoint/describe-error";
import { cardContextOf } from "./card-context";
import { emptyReport, nameOf, stageSubject, type CardDelivery, type DeliveryReport } from "./card-delivery";

/** The card that asks an assignee for their part in a stage that has just opened. */
export function requestCardFor(ctx: CardContext): AdaptiveCard {
  switch (ctx.stage.type) {
    case "opinion":
      return opinionRequestCard(ctx);
    case "approval":
      return approvalRequestCard(ctx);
    case "inform":
      return informCard(ctx);
    case "meeting":
      // A meeting is recorded in the register by its recorder; the card tells them it is their turn.
      return statusCard(ctx);
  }
}

/** The card that tells the lead officer and Change Manager what was decided. */
export const noticeCardFor = (ctx: CardContext): AdaptiveCard =>
  ctx.stage.status === "pending" ? statusCard(ctx) : decidedCard({ ...ctx, outcome: ctx.stage.status, ...decider(ctx) });

const decider = (ctx: CardContext) => {
  const last = ctx.stage.decisions.at(-1);
  return last ? { decidedBy: last.person, ...(last.comment ? { comment: last.comment } : {}) } : {};
};

/**
 * Posts one card per person into their personal chat with the bot and remembers each message
 * (CardMessages) so it can be updated in place once the stage is decided. `actor` is the person
 * whose action caused the send: the audit trail names them.
 */
export async function sendCards(
  delivery: CardDelivery,
  context: StageContext,
  stageId: number,
  people: readonly PersonRef[],
  kind: CardMessageKind,
  build: (ctx: CardContext, person: PersonRef) => AdaptiveCard,
  actor: PersonRef,
): Promise<DeliveryReport> {
  const report = emptyReport();
  const conversations = conversationsByPerson(context.conversations);
  const ctx = cardContextOf(context, stageId, delivery.link);
  const summary = `${ctx.arrangement.name}: ${ctx.stage.label}`;
  await Promise.all(
    people.map(async (person) => {
      const to = conversations.get(person.id);
      if (!to) {
        report.unreachable.push({ person: nameOf(person), subject: stageSubject(stageId) });
        return;
      }
      try {
        const { activityId } = await delivery.connector.send(to, build(ctx, person), summary);
        const sentAt = new Date().toISOString();
        await recordCardMessage(delivery.sp, { title: `${kind}: ${summary}`.slice(0, 255), arrangementId: context.arrangement.id, stageId, person, kind, conversationId: to.conversationId, serviceUrl: to.serviceUrl, activityId, sentAt }, actor);
        report.sent.push({ person: nameOf(person), subject: stageSubject(stageId), activityId });
      } catch (error) {
        report.failed.push({ person: nameOf(person), subject: stageSubject(stageId), error: describeError(error) });
      }
    }),
  );
  return report;
}

/** The requests for a stage the route has just opened (or an inform stage it reached). */
export function sendStageRequests(delivery: CardDelivery, context: StageContext, stageId: number, actor: PersonRef): Promise<DeliveryReport> {
  const stage = context.route.find((r) => r.id === stageId)?.record;
  const kind: CardMessageKind = stage?.type === "inform" ? "inform" : "request";
  return sendCards(delivery, context, stageId, stage?.assignees ?? [], kind, (ctx) => requestCardFor(ctx), actor);
}

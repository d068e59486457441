import { notAssigneeCard } from "../cards/not-assignee-card";
import { readCardAction } from "../cards/read-card-action";
import { decide } from "../sharepoint/approvals/decide";
import { readStageContext } from "../sharepoint/approvals/read-stage-context";
import { describeError } from "../sharepoint/describe-error";
import { afterDecision } from "./after-decision";
import { inBackground, type BotDeps } from "./bot-deps";
import { siteUserFor } from "./bot-identity";
import { badRequest, cardAnswer, messageAnswer, type CardAnswer } from "./card-answer";
import { cardContextOf, cardPerson } from "./card-context";
import { requestForVerb } from "./verb-decision";
import { viewerCard } from "./viewer-card";
import { conversationsByPerson } from "../sharepoint/approvals/conversations";

/** The parts of an `adaptiveCard/action` invoke the bot reads (Teams sends more). */
export interface CardActionActivity {
  from: { id: string; aadObjectId?: string; name?: string };
  conversation: { id: string };
  serviceUrl?: string;
  value: unknown;
}

/** Teams waits 5 s for an answer; past this the person is told their click is being worked on. */
export const answerBudgetMs = 4000;

/**
 * One card click. The stage is read by id from SharePoint at the same time as the person is
 * identified (one round trip each, in parallel); a decision is recorded through `decide`, and the
 * answer is the card as it now stands for this person. Updating everyone else's copies and
 * sending the next stage's cards happen after the answer, in the background.
 */
export async function onCardAction(deps: BotDeps, activity: CardActionActivity): Promise<CardAnswer> {
  const read = readCardAction(activity.value);
  if (!read.ok) return badRequest(`This card action could not be read (${read.problem}).`);
  const work = handle(deps, activity, read.action);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CardAnswer>((resolve) => {
    timer = setTimeout(() => resolve(messageAnswer("SharePoint is slow to answer: your action is still being recorded, and this card will update when it is.")), answerBudgetMs);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
    // A slow action still finishes; its failure is logged rather than lost.
    inBackground(deps, "A card action", () => work);
  }
}

async function handle(deps: BotDeps, activity: CardActionActivity, action: Extract<ReturnType<typeof readCardAction>, { ok: true }>["action"]): Promise<CardAnswer> {
  const where = { serviceUrl: activity.serviceUrl ?? "", conversationId: activity.conversation.id };
  const sender = { userId: activity.from.id, ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}) };
  try {
    const [actor, context] = await Promise.all([
      siteUserFor(deps.sp, sender, where, deps.connector, { local: deps.local }),
      readStageContext(deps.sp, action.stageId, { arrangementHint: action.arrangementId }),
    ]);
    const request = requestForVerb(action.verb);
    if (request.kind === "refresh" || !actor) {
      if (!actor && request.kind === "decision") {
        return messageAnswer("The register could not tell who you are, so nothing was recorded. Open the Partnership Register app in Teams once, then try again.");
      }
      return cardAnswer(viewerCard(cardContextOf(context, context.stage.id, deps.link), context, { userId: activity.from.id, ...(actor ? { person: actor } : {}) }));
    }
    const result = await decide(deps.sp, {
      stageId: action.stageId,
      actor,
      verb: request.verb,
      inputs: { view: action.view, opinion: action.opinion, comment: action.comment },
      arrangementHint: action.arrangementId,
      context,
    });
    const ctx = cardContextOf(result.context, result.context.stage.id, deps.link);
    switch (result.outcome) {
      case "decided":
        inBackground(deps, `Sending the cards that follow a decision on stage #${action.stageId}`, () => deps.serial(() => afterDecision(deps, result, result.context.stage.id, actor)));
        return cardAnswer(viewerCard(ctx, result.context, { userId: activity.from.id, person: actor }));
      case "unchanged":
        return cardAnswer(viewerCard(ctx, result.context, { userId: activity.from.id, person: actor }));
      case "not-assignee":
        return cardAnswer(notAssigneeCard({ ...ctx, actor: cardPerson(actor, conversationsByPerson(result.context.conversations)) }));
      case "invalid":
        return messageAnswer(result.problems.join(" "));
      case "refused":
        return messageAnswer(result.message);
    }
  } catch (error) {
    deps.log(`A card action on stage #${action.stageId} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return messageAnswer(describeError(error));
  }
}

import { routePurposeOf, type ApprovalStage } from "../domain/records/approval-stage";
import type { CardMessage } from "../domain/records/card-message";
import type { PersonRef } from "../domain/records/person-ref";
import { eq } from "../sharepoint/odata";
import { readStageContext } from "../sharepoint/approvals/read-stage-context";
import { readTogether, type BatchedRead } from "../sharepoint/read-together";
import type { ListRow } from "../sharepoint/read-row";
import { repositoryFor } from "../sharepoint/repositories";
import { emptyReport, mergeReports, nameOf, type CardDelivery, type DeliveryReport } from "./card-delivery";
import { requestCardFor, sendCards } from "./send-cards";
import type { Sweep, SweepOptions, SweepResult } from "./sweeps";

/** The kinds of message that put a stage's card in front of its assignee (a notice does not). */
const givesTheCard = new Set<CardMessage["kind"]>(["request", "inform", "reminder"]);

/**
 * Per route, the pending stage with the lowest order is the one in turn; later pending stages wait
 * behind it. Read from the pending stages alone, so only those can cost a full context read.
 */
function stagesInTurn(pending: readonly ListRow<ApprovalStage>[]): ListRow<ApprovalStage>[] {
  const first = new Map<string, ListRow<ApprovalStage>>();
  for (const row of pending) {
    const r = row.record;
    const key = [r.arrangementId, routePurposeOf(r), routePurposeOf(r) === "exit" ? r.exitId : r.evaluationId].join(":");
    const held = first.get(key);
    if (!held || (r.order ?? 0) < (held.record.order ?? 0)) first.set(key, row);
  }
  return [...first.values()];
}

/** SharePoint takes at most 100 requests in one `$batch`; stay well inside it. */
const batchSize = 50;

async function messagesFor(delivery: CardDelivery, stageIds: readonly number[]): Promise<ListRow<CardMessage>[][]> {
  const out: ListRow<CardMessage>[][] = [];
  for (let i = 0; i < stageIds.length; i += batchSize) {
    const reads: BatchedRead<ListRow<CardMessage>[]>[] = stageIds
      .slice(i, i + batchSize)
      .map((id) => (b) => repositoryFor(delivery.sp, "CardMessages").within(b).query({ filter: eq("StageId", id), select: ["Title", "Stage", "Person", "Kind"] }));
    out.push(...(await readTogether(delivery.sp, reads)));
  }
  return out;
}

/**
 * Sends the cards for every open stage whose assignees have not had one: stages opened by the tab
 * (a meeting recorded, an exit begun, an evaluation submitted), stages loaded in bulk (the demo
 * council, a migration), and people who installed the app after their stage opened. Only the
 * stage in turn on each route is sent, and a person who already has the stage's request, inform
 * card or a reminder is left alone, so running it again sends nothing twice.
 */
export async function sendOpenRequests(delivery: CardDelivery, actor: PersonRef, options: SweepOptions = {}): Promise<DeliveryReport & { planned: string[] }> {
  const pending = await repositoryFor(delivery.sp, "ApprovalStages").query({
    select: ["Title", "Arrangement", "Evaluation", "StageOrder", "StageType", "Status", "Assignees", "RoutePurpose", "Exit"],
    filter: eq("Status", "pending"),
  });
  const candidates = stagesInTurn(pending).filter((row) => (row.record.assignees ?? []).length > 0);
  if (candidates.length === 0) return { ...emptyReport(), planned: [] };
  const messages = await messagesFor(delivery, candidates.map((row) => row.id));
  const reports: DeliveryReport[] = [];
  const planned: string[] = [];
  for (const [index, row] of candidates.entries()) {
    const had = new Set((messages[index] ?? []).filter((m) => m.record.kind && givesTheCard.has(m.record.kind)).map((m) => m.record.person?.id));
    if ((row.record.assignees ?? []).every((p) => had.has(p.id))) continue;
    const context = await readStageContext(delivery.sp, row.id, row.record.arrangementId !== undefined ? { arrangementHint: row.record.arrangementId } : {});
    const inTurn = context.route.find((stage) => stage.record.status === "pending");
    if (inTurn?.id !== row.id) continue;
    const stage = context.stage.record;
    const owed = (stage.assignees ?? []).filter((p) => !had.has(p.id));
    if (owed.length === 0) continue;
    planned.push(...owed.map((p) => `${nameOf(p)} — ${context.arrangement.record.name ?? `arrangement #${context.arrangement.id}`}: ${stage.label ?? `stage #${row.id}`}`));
    if (options.dryRun) continue;
    reports.push(await sendCards(delivery, context, row.id, owed, stage.type === "inform" ? "inform" : "request", (ctx) => requestCardFor(ctx), actor));
  }
  return { ...(reports.length > 0 ? mergeReports(...reports) : emptyReport()), planned };
}

/** The approvals sweep, as the notify endpoint and `remind` run it. */
export const approvalRequestsSweep: Sweep = {
  id: "approval-requests",
  topic: "approvals",
  describe: "approval, opinion, meeting and inform cards for stages that are open",
  async run(delivery, actor, options): Promise<SweepResult> {
    const { planned, ...report } = await sendOpenRequests(delivery, actor, options);
    return { planned, report };
  },
};

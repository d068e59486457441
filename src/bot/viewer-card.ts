import { cardForViewer } from "../cards/card-for-viewer";
import type { AdaptiveCard, CardContext } from "../cards/card-types";
import { decidedCard } from "../cards/decided-card";
import type { PersonRef } from "../domain/records/person-ref";
import { actingRoles } from "../sharepoint/approvals/acting-roles";
import { decidedFor } from "../sharepoint/approvals/route-context";
import type { StageContext } from "../sharepoint/approvals/stage-context";
import { siteDateOf } from "../sharepoint/lists/site-dates";
import { requestCardFor } from "./send-cards";

/**
 * The card one person should see for a stage now. A decided stage shows its decision; otherwise
 * the cards' own rule applies (buttons for an assignee who still owes an answer) — with one
 * addition the builders cannot know: a recorded delegate standing in for an assignee also gets
 * the buttons, since the register lets them act (RoleHolders `delegate`).
 */
export function viewerCard(ctx: CardContext, context: StageContext, viewer: { userId?: string; person?: PersonRef }, now: Date = new Date()): AdaptiveCard {
  const { stage } = ctx;
  if (stage.status !== "pending" && stage.type !== "inform") {
    const last = stage.decisions.at(-1);
    return decidedCard({ ...ctx, outcome: stage.status, ...(last ? { decidedBy: last.person } : {}), ...(last?.comment ? { comment: last.comment } : {}) });
  }
  const asAssignee = stage.assignees.some((a) => a.id === viewer.person?.id);
  if (viewer.person && !asAssignee && stage.status === "pending" && context.stage.id === stage.id) {
    const day = siteDateOf(now.toISOString()) ?? now.toISOString().slice(0, 10);
    const holders = context.holders.filter((h) => h.problems.length === 0).map((h) => h.record);
    const record = context.stage.record;
    const owed = actingRoles({ roles: record.roles ?? [], assignees: record.assignees ?? [] }, holders, viewer.person.id, day).filter(
      (a) => !(record.decisions ?? []).some((d) => decidedFor(d) === a.assignee.id),
    );
    if (owed.length > 0) return requestCardFor(ctx);
  }
  return cardForViewer(ctx, viewer.userId);
}

import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { routePurposeOf, type ApprovalStage } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Conversation } from "../../domain/records/conversation";
import type { Evaluation } from "../../domain/records/evaluation";
import type { Exit } from "../../domain/records/exit";
import type { Risk } from "../../domain/records/risk";
import type { RoleHolder } from "../../domain/records/role-holder";
import type { StatutoryOpinion } from "../../domain/records/statutory-opinion";
import type { ListRow } from "../read-row";

/**
 * Everything a decision on one stage needs, as SharePoint has it now: read by the stage's id on
 * every card action (DESIGN.md "Approvals and cards": never trusted from the card's data).
 */
export interface StageContext {
  stage: ListRow<ApprovalStage>;
  arrangement: ListRow<Arrangement>;
  /** The route being worked (this round of it), in route order; `stage` is one of them. */
  route: ListRow<ApprovalStage>[];
  opinions: ListRow<StatutoryOpinion>[];
  /** The highest-scoring open risks, for the card. */
  topRisks: ListRow<Risk>[];
  holders: ListRow<RoleHolder>[];
  /** The latest evaluation: its facts drive the pack's requirements and review calendar. */
  evaluation?: ListRow<Evaluation>;
  pack: PolicyPack;
  /** Where the bot can reach people, for cards' refresh.userIds and proactive sends. */
  conversations: ListRow<Conversation>[];
  /** On an exit route's stage: the exit being decided (its reason, notice, succession…). */
  exit?: ListRow<Exit>;
}

/** A stage's record with the id and ETag a write needs. */
export const stageOf = (row: ListRow<ApprovalStage>): Partial<ApprovalStage> & { id: number } => ({ ...row.record, id: row.id });

/** The pack's name for a role ("Section 151 Officer"); the id when the pack does not know it. */
export const roleNameIn = (pack: Pick<PolicyPack, "roles">, roleId: string): string => pack.roles.find((r) => r.id === roleId)?.name ?? roleId;

/**
 * Whether two stages belong to the same route: the entry route of one evaluation, or the
 * decision on one exit (an arrangement may have both, and a second exit after a first was refused).
 */
export const sameRoute = (a: Pick<ApprovalStage, "routePurpose" | "evaluationId" | "exitId">, b: Pick<ApprovalStage, "routePurpose" | "evaluationId" | "exitId">): boolean =>
  routePurposeOf(a) === routePurposeOf(b) && (routePurposeOf(a) === "exit" ? a.exitId === b.exitId : a.evaluationId === b.evaluationId);

/**
 * The stages of the round being worked. After changes are requested the remaining stages are
 * cancelled and a resubmission adds fresh ones, so per position in the route the newest stage
 * that is not cancelled is the live one.
 */
export function currentRound(stages: readonly ListRow<ApprovalStage>[], stage: ListRow<ApprovalStage>): ListRow<ApprovalStage>[] {
  const sameEvaluation = stages.filter((s) => sameRoute(s.record, stage.record));
  const byOrder = new Map<number, ListRow<ApprovalStage>>();
  for (const row of [...sameEvaluation].sort((a, b) => a.id - b.id)) {
    const order = row.record.order ?? 0;
    const held = byOrder.get(order);
    if (row.id === stage.id || !held || (row.record.status !== "cancelled" && held.id !== stage.id)) byOrder.set(order, row);
  }
  return [...byOrder.values()].sort((a, b) => (a.record.order ?? 0) - (b.record.order ?? 0));
}

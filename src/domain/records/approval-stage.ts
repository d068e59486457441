import { z } from "zod";
import { stageTypes } from "../policy-pack/pack-schema";
import { personRefSchema } from "./person-ref";
import { isoDate, isoDateTime, itemId, listItemMeta, nonEmpty, packRef } from "./common";

/**
 * Which route a stage belongs to: the approval to enter an arrangement, or the decision to leave it
 * (default framework 5.3). Rows from before exits were routed have none and are entry stages.
 */
export const routePurposes = ["entry", "exit"] as const;
export type RoutePurpose = (typeof routePurposes)[number];

export const stageStatuses = ["pending", "approved", "rejected", "changes-requested", "noted", "recorded", "cancelled"] as const;
export type StageStatus = (typeof stageStatuses)[number];

/** What one assignee did; an approval stage needs every assignee to approve (DOMAIN.md "Approval routes"). */
export const assigneeDecisionSchema = z.object({
  by: personRefSchema,
  outcome: z.enum(["approved", "rejected", "changes-requested", "noted"]),
  comment: z.string().optional(),
  at: isoDateTime,
  /** Set when a delegate acted for the assignee. */
  onBehalfOf: personRefSchema.optional(),
});

/**
 * One stage of an arrangement's approval route: an opinion, an approval, a meeting or an inform
 * step, with the pack roles it involves and the people those roles resolved to when it was created.
 */
export const approvalStageSchema = z.object({
  ...listItemMeta,
  label: nonEmpty,
  arrangementId: itemId,
  evaluationId: itemId.optional(),
  order: z.number().int().min(1),
  type: z.enum(stageTypes),
  roles: z.array(packRef).min(1),
  /** Empty only while the stage's roles have no holder yet. */
  assignees: z.array(personRefSchema).optional(),
  status: z.enum(stageStatuses),
  /** When the stage became pending and its cards went out: reminders count from here. */
  requestedAt: isoDateTime.optional(),
  decisions: z.array(assigneeDecisionSchema).optional(),
  /** The decision in words, e.g. a meeting's resolution. */
  decision: z.string().optional(),
  comment: z.string().optional(),
  decidedBy: personRefSchema.optional(),
  decidedAt: isoDateTime.optional(),
  meetingDate: isoDate.optional(),
  minuteReference: z.string().optional(),
  delegate: personRefSchema.optional(),
  /** Absent on entry stages written before exits were routed. */
  routePurpose: z.enum(routePurposes).optional(),
  /** The exit (Exits list) an exit-decision stage belongs to. */
  exitId: itemId.optional(),
});

/** The route a stage belongs to, reading a missing purpose as the entry route. */
export const routePurposeOf = (stage: Pick<ApprovalStage, "routePurpose">): RoutePurpose => stage.routePurpose ?? "entry";

export type ApprovalStage = z.infer<typeof approvalStageSchema>;
export type AssigneeDecision = z.infer<typeof assigneeDecisionSchema>;

/** A stage is finished once it has any status but pending; a finished stage never changes again. */
export const isStageFinished = (stage: Pick<ApprovalStage, "status">): boolean => stage.status !== "pending";

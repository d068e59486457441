import type { z } from "zod";
import { approvalStageSchema } from "../../domain/records/approval-stage";
import { arrangementSchema } from "../../domain/records/arrangement";
import { auditEntrySchema } from "../../domain/records/audit-entry";
import { budgetFigureSchema } from "../../domain/records/budget-figure";
import { cardMessageSchema } from "../../domain/records/card-message";
import { conversationSchema } from "../../domain/records/conversation";
import { evaluationSchema } from "../../domain/records/evaluation";
import { exitSchema } from "../../domain/records/exit";
import { interestDeclarationSchema } from "../../domain/records/interest-declaration";
import { performanceMeasureSchema } from "../../domain/records/performance-measure";
import { policySchema } from "../../domain/records/policy";
import { corporateObjectiveSchema, directorateSchema, portfolioSchema } from "../../domain/records/reference-data";
import { representativeSchema } from "../../domain/records/representative";
import { reviewSchema } from "../../domain/records/review";
import { riskSchema } from "../../domain/records/risk";
import { roleHolderSchema } from "../../domain/records/role-holder";
import { statutoryOpinionSchema } from "../../domain/records/statutory-opinion";

/**
 * Which domain record each list stores: `record` is the name the list definition declares,
 * `schema` the zod schema items are validated with when read.
 */
export const recordSchemas = {
  Partnerships: { record: "arrangement", schema: arrangementSchema },
  Evaluations: { record: "evaluation", schema: evaluationSchema },
  ApprovalStages: { record: "approval-stage", schema: approvalStageSchema },
  Opinions: { record: "statutory-opinion", schema: statutoryOpinionSchema },
  Risks: { record: "risk", schema: riskSchema },
  Measures: { record: "performance-measure", schema: performanceMeasureSchema },
  BudgetFigures: { record: "budget-figure", schema: budgetFigureSchema },
  Reviews: { record: "review", schema: reviewSchema },
  Representatives: { record: "representative", schema: representativeSchema },
  Interests: { record: "interest-declaration", schema: interestDeclarationSchema },
  Exits: { record: "exit", schema: exitSchema },
  RoleHolders: { record: "role-holder", schema: roleHolderSchema },
  Portfolios: { record: "portfolio", schema: portfolioSchema },
  Directorates: { record: "directorate", schema: directorateSchema },
  Objectives: { record: "corporate-objective", schema: corporateObjectiveSchema },
  Policies: { record: "policy", schema: policySchema },
  AuditLog: { record: "audit-entry", schema: auditEntrySchema },
  Conversations: { record: "conversation", schema: conversationSchema },
  CardMessages: { record: "card-message", schema: cardMessageSchema },
} as const satisfies Record<string, { record: string; schema: z.ZodObject }>;

export type ListTitle = keyof typeof recordSchemas;
export type RecordOf<L extends ListTitle> = z.infer<(typeof recordSchemas)[L]["schema"]>;

export const isListTitle = (title: string): title is ListTitle => Object.hasOwn(recordSchemas, title);

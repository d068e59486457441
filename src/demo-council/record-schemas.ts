import type { z } from "zod";
import { approvalStageSchema } from "../domain/records/approval-stage";
import { arrangementSchema } from "../domain/records/arrangement";
import { auditEntrySchema } from "../domain/records/audit-entry";
import { budgetFigureSchema } from "../domain/records/budget-figure";
import { evaluationSchema } from "../domain/records/evaluation";
import { exitSchema } from "../domain/records/exit";
import { interestDeclarationSchema } from "../domain/records/interest-declaration";
import { performanceMeasureSchema } from "../domain/records/performance-measure";
import { corporateObjectiveSchema, directorateSchema, portfolioSchema } from "../domain/records/reference-data";
import { representativeSchema } from "../domain/records/representative";
import { reviewSchema } from "../domain/records/review";
import { riskSchema } from "../domain/records/risk";
import { roleHolderSchema } from "../domain/records/role-holder";
import { statutoryOpinionSchema } from "../domain/records/statutory-opinion";
import { resolveLinks, type LinkResolver } from "./links";
import type { DemoListTitle } from "./list-titles";

/** The domain record each demo list holds, so a resolved row can be checked before it is written. */
export const demoRecordSchemas = {
  Portfolios: portfolioSchema,
  Directorates: directorateSchema,
  Objectives: corporateObjectiveSchema,
  RoleHolders: roleHolderSchema,
  Partnerships: arrangementSchema,
  Evaluations: evaluationSchema,
  ApprovalStages: approvalStageSchema,
  Opinions: statutoryOpinionSchema,
  Risks: riskSchema,
  Measures: performanceMeasureSchema,
  BudgetFigures: budgetFigureSchema,
  Reviews: reviewSchema,
  Representatives: representativeSchema,
  Interests: interestDeclarationSchema,
  Exits: exitSchema,
  AuditLog: auditEntrySchema,
} as const satisfies Record<DemoListTitle, z.ZodType>;

export type DemoRecord<L extends DemoListTitle> = z.output<(typeof demoRecordSchemas)[L]>;

/** Resolves a row's links and parses it as its list's record: what a seeder writes. */
export function resolveDemoRecord<L extends DemoListTitle>(list: L, record: unknown, resolver: LinkResolver): DemoRecord<L> {
  return demoRecordSchemas[list].parse(resolveLinks(record, resolver)) as DemoRecord<L>;
}

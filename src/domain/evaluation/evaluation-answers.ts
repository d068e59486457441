import { z } from "zod";
import { wizardStepIds } from "../policy-pack/pack-schema";
import { personRefSchema } from "../records/person-ref";
import { legalForms } from "../records/arrangement-parts";

/**
 * What an officer has answered in the evaluation wizard, one part per step. Every part and every
 * field is optional: a draft is saved on every change, half done, and must always load again.
 * Values that are only wrong when complete (a date still being typed, an end before the start)
 * are not refused here but named by `fieldProblems`, so nothing the officer typed is ever lost.
 */
const text = z.string();
const pounds = z.number();
/** A list item id (Directorates, Portfolios, Objectives). */
const itemId = z.number().int().positive();

export const screeningAnswersSchema = z.object({
  /** Ids of the pack's screening exclusions the officer says describe the proposal. */
  exclusions: z.array(z.string()).default([]),
  /** The officer confirmed that none of the exclusions applies. */
  confirmedNone: z.boolean().optional(),
});

export const kindAnswersSchema = z.object({ kind: z.string().optional(), subtype: z.string().optional() });

export const basicsAnswersSchema = z
  .object({
    name: text,
    partners: z.array(text),
    purpose: text,
    outcomes: text,
    measuresOfSuccess: text,
    /** The corporate objectives it serves, in the officer's words. */
    corporateObjectives: z.array(text),
    /** The same, as ids in the Objectives list when the officer picked them from it. */
    objectiveIds: z.array(itemId),
    leadOfficer: personRefSchema,
    sponsoringOfficer: personRefSchema,
    /** Directorates list item id. */
    directorate: itemId,
    /** Portfolios list item id. */
    portfolio: itemId,
    startDate: text,
    plannedEndDate: text,
    legalForm: z.enum(legalForms),
    legalPower: text,
    leadPartner: text,
    accountableBody: text,
    memberInvolvement: z.boolean(),
  })
  .partial();

export const significanceAnswersSchema = z.object({
  /** Answers to the pack's fact questions (core vocabulary and the pack's own facts). */
  facts: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])).default({}),
  /** Scorecard criterion id → met. */
  scorecard: z.record(z.string(), z.boolean()).default({}),
});

/** Pounds a year the council commits or receives; `notes` is free text. */
export const moneyAnswersSchema = z
  .object({ councilMoney: pounds, staffTime: pounds, assets: pounds, externalFunding: pounds, exitCosts: pounds, notes: text })
  .partial();

export const riskAnswerSchema = z.object({
  /** The wizard's own id for the row, stable while it is edited. */
  id: z.string().min(1),
  title: text.default(""),
  likelihood: z.number().optional(),
  impact: z.number().optional(),
  mitigation: text.optional(),
  owner: personRefSchema.optional(),
});

export const exitAnswersSchema = z
  .object({ how: text, notice: text, liabilities: text, instigator: personRefSchema })
  .partial();

export const evaluationAnswersSchema = z.object({
  screening: screeningAnswersSchema.optional(),
  kind: kindAnswersSchema.optional(),
  basics: basicsAnswersSchema.optional(),
  significance: significanceAnswersSchema.optional(),
  money: moneyAnswersSchema.optional(),
  risks: z.array(riskAnswerSchema).optional(),
  /** Pack section id → the officer's answer. */
  sections: z.record(z.string(), z.object({ text })).optional(),
  /** Governance checklist item id → in place. */
  checklist: z.record(z.string(), z.boolean()).optional(),
  exit: exitAnswersSchema.optional(),
  alternatives: z.object({ text: text.optional() }).optional(),
  /** The furthest step the officer reached, so "My drafts" can resume there. */
  stepReached: z.enum(wizardStepIds).optional(),
});

export type EvaluationAnswers = z.infer<typeof evaluationAnswersSchema>;
export type EvaluationAnswersInput = z.input<typeof evaluationAnswersSchema>;
export type BasicsAnswers = z.infer<typeof basicsAnswersSchema>;
export type MoneyAnswers = z.infer<typeof moneyAnswersSchema>;
export type RiskAnswer = z.infer<typeof riskAnswerSchema>;
export type ExitAnswers = z.infer<typeof exitAnswersSchema>;

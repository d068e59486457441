import { z } from "zod";
import { conditionSchema } from "./condition";
import { selectorSchema } from "./selector";

/**
 * A council's partnership framework as data (DESIGN.md "Policy packs"). Every rule carries
 * `cite`: the section of the council's own framework it comes from, shown to officers with the
 * outcome it produced. Ordered lists (`routes`, `sectionRules`, `checklists`) are read top to
 * bottom and the first whose `when` matches applies, so a pack reads like its framework:
 * the special cases first, the general rule last.
 */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and hyphens");
const cite = z.string().min(1, "every rule must cite the framework section behind it");
const text = z.string().min(1);
const month = z.number().int().min(1).max(12);

export const roleSchema = z
  .object({ id, name: text, type: z.enum(["person", "body"]), description: text.optional(), cite: cite.optional() })
  .strict();

export const subtypeSchema = z.object({ id, name: text, description: text, cite }).strict();
export const kindSchema = z
  .object({ id, name: text, description: text, cite, subtypes: z.array(subtypeSchema).optional() })
  .strict();

export const packFactSchema = z
  .object({ id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, "fact ids are camelCase"), label: text, type: z.enum(["boolean", "money", "number", "string"]), description: text })
  .strict();

export const exclusionSchema = z
  .object({ id, label: text, description: text, alternative: text, cite })
  .strict();

export const categorySchema = z.object({ id, name: text, description: text, cite }).strict();

export const categoryRuleSchema = z
  .object({ id, category: id, when: conditionSchema, precedence: z.number().int().min(0).optional(), cite })
  .strict();

export const scorecardSchema = z
  .object({
    name: text,
    cite,
    note: text.optional(),
    criteria: z.array(z.object({ id, text, weight: z.number().positive(), cite }).strict()).min(1),
    /** Highest `minPercent` that the score reaches wins; 0 must be covered. */
    thresholds: z.array(z.object({ category: id, minPercent: z.number().min(0).max(100), cite }).strict()).min(1),
  })
  .strict();

export const categorisationSchema = z
  .object({
    id,
    kinds: z.array(id).min(1),
    subtypes: z.array(id).min(1).optional(),
    /** Fact rules are tried first, in precedence order (lower first); then the scorecard; then `otherwise`. */
    rules: z.array(categoryRuleSchema).default([]),
    scorecard: scorecardSchema.optional(),
    otherwise: z.object({ category: id, cite }).strict().optional(),
  })
  .strict();

/**
 * The evaluation wizard's steps a pack section can be placed on. Kept here (not in the wizard) so a
 * pack is checked against them; the order is the wizard's.
 */
export const wizardStepIds = [
  "screening",
  "kind",
  "basics",
  "significance",
  "benefits-costs",
  "risks",
  "considerations",
  "governance",
  "exit",
  "alternatives",
  "review",
] as const;
export type WizardStepId = (typeof wizardStepIds)[number];

/** The steps that answer pack sections (screening, kind, significance and the review do not). */
export const sectionStepIds = ["basics", "benefits-costs", "risks", "considerations", "governance", "exit", "alternatives"] as const satisfies readonly WizardStepId[];

/**
 * `step` (optional): the wizard step the section is answered on. A section without one is asked
 * under "considerations", so a pack written tomorrow with a new section still works.
 */
export const sectionSchema = z
  .object({ id, name: text, description: text, cite, step: z.enum(sectionStepIds).optional() })
  .strict();

export const sectionRuleSchema = z
  .object({ id, when: selectorSchema, required: z.array(id), optional: z.array(id).default([]), cite })
  .strict();

export const stageTypes = ["opinion", "approval", "meeting", "inform"] as const;
export type StageType = (typeof stageTypes)[number];

export const stageSchema = z
  .object({ type: z.enum(stageTypes), roles: z.array(id).min(1), label: text.optional(), cite })
  .strict();

export const routeSchema = z
  .object({
    id,
    name: text,
    when: selectorSchema,
    stages: z.array(stageSchema),
    advice: z.array(z.object({ text, cite }).strict()).default([]),
    cite,
  })
  .strict();

export const participantRuleSchema = z
  .object({ id, when: selectorSchema, roles: z.array(id).min(1), reason: text, cite })
  .strict();

export const requirementSchema = z.object({ when: selectorSchema, cite }).strict();

export const checklistSchema = z
  .object({
    id,
    name: text,
    when: selectorSchema,
    items: z.array(z.object({ id, text, cite }).strict()).min(1),
    cite,
  })
  .strict();

export const windowSchema = z
  .object({ fromMonth: month, toMonth: month })
  .strict()
  .describe("inclusive months; fromMonth > toMonth wraps over the new year");

/**
 * A review question. `answer: "yes-no"` asks for yes / in part / no (optionally with a comment)
 * and `assuring` says which answer gives assurance — "yes" for "is governance in place?", "no"
 * for joint-working code 6(viii)'s "has an issue seriously prejudiced an objective?". Without `answer` the
 * question takes free text. Only yes/no questions count towards a governance rating.
 */
export const questionSchema = z
  .object({ id, text, cite: cite.optional(), answer: z.enum(["text", "yes-no"]).optional(), assuring: z.enum(["yes", "no"]).optional() })
  .strict();

export const reviewTemplateSchema = z
  .object({
    id,
    name: text,
    /** Year of operation the template starts at (1 = first year). */
    fromYear: z.number().int().min(1),
    toYear: z.number().int().min(1).optional(),
    questions: z.array(questionSchema).default([]),
    cite,
  })
  .strict();

export const reviewCycleSchema = z
  .object({
    id,
    name: text,
    when: selectorSchema,
    everyMonths: z.number().int().min(1).max(120),
    /** Months after the start date that the first review falls due; defaults to `everyMonths`. */
    firstAfterMonths: z.number().int().min(0).max(120).optional(),
    templates: z.array(reviewTemplateSchema).default([]),
    outcomes: z.array(z.object({ id, text, cite }).strict()).default([]),
    questions: z.array(questionSchema).default([]),
    /** Completing this review sets the arrangement's governance rating (a self-assessment, joint-working code 31(i)). */
    ratesGovernance: z.boolean().optional(),
    cite,
  })
  .strict();

export const windowedReviewSchema = z
  .object({
    name: text,
    window: windowSchema,
    when: selectorSchema.default({}),
    reportTo: text.optional(),
    questions: z.array(questionSchema).default([]),
    /** Completing this review sets the arrangement's governance rating; governance assurance always does. */
    ratesGovernance: z.boolean().optional(),
    cite,
  })
  .strict();

/**
 * How yes/no answers turn into a governance level: the share of assurance given (yes = 1,
 * in part = ½, no or unanswered = 0), highest `minPercent` reached wins, below all is weak.
 * Optional: without it the documented default in src/domain/governance-rating applies.
 */
export const governanceRatingRuleSchema = z
  .object({
    levels: z.array(z.object({ level: z.enum(["substantial", "reasonable", "limited"]), minPercent: z.number().min(0).max(100) }).strict()).min(1),
    cite,
  })
  .strict();

export const reviewsSchema = z
  .object({
    registerReview: windowedReviewSchema.optional(),
    governanceAssurance: windowedReviewSchema.optional(),
    cycles: z.array(reviewCycleSchema).default([]),
    governanceRating: governanceRatingRuleSchema.optional(),
    reminders: z
      .object({
        pendingStageDays: z.number().int().min(1),
        overdueReminderDays: z.number().int().min(1),
        escalateAfterDays: z.number().int().min(1),
        /** The role an overdue review is escalated to, for the arrangement's directorate; defaults to "director". */
        escalateTo: id.optional(),
        cite,
      })
      .strict()
      .optional(),
  })
  .strict();

export const exitRulesSchema = z
  .object({
    reasons: z.array(z.object({ id, text, cite }).strict()).min(1),
    /** Roles that must take part in (approve) the decision to exit. */
    decisionRoles: z.array(id),
    /** Roles told of the decision. */
    informRoles: z.array(id).default([]),
    cite,
  })
  .strict();

export const publicationSchema = z
  .object({
    exclude: z.array(z.object({ when: selectorSchema, reason: text, cite }).strict()).default([]),
    /** Register fields never published (internal names of the Partnerships list). */
    confidentialFields: z.array(z.string()).default([]),
    cite,
  })
  .strict();

/**
 * Monitoring (optional; DOMAIN.md "Monitoring"). `corporateRiskRegister`: the arrangements whose
 * risks also go on the council's corporate risk register (joint-working code 9(vi)); `keyPartnerships`: the
 * arrangements in the executive's bi-annual performance report. Each `when` is a list of
 * selectors and an arrangement matching any of them is in. `ragTolerancePercent`: how far short
 * of target a measure may be and still be amber (the product's default is 10).
 */
export const monitoringSchema = z
  .object({
    corporateRiskRegister: z.object({ when: z.array(selectorSchema).min(1), cite }).strict().optional(),
    keyPartnerships: z.object({ when: z.array(selectorSchema).min(1), cite }).strict().optional(),
    ragTolerancePercent: z.number().min(0).max(100).optional(),
  })
  .strict();

export const policyPackSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    name: text,
    council: text,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "use a version like 1.0.0"),
    framework: z.object({ title: text, date: text, cite: text.optional() }).strict(),
    notes: z.array(text).default([]),
    roles: z.array(roleSchema).min(1),
    kinds: z.array(kindSchema).min(1),
    facts: z.array(packFactSchema).default([]),
    screening: z.object({ question: text, exclusions: z.array(exclusionSchema).min(1), cite }).strict(),
    categories: z.array(categorySchema).default([]),
    categorisation: z.array(categorisationSchema).default([]),
    sections: z.array(sectionSchema).min(1),
    sectionRules: z.array(sectionRuleSchema).min(1),
    routes: z.array(routeSchema).min(1),
    evaluationParticipants: z.array(participantRuleSchema).default([]),
    requirements: z
      .object({ exitStrategy: requirementSchema.optional(), riskAssessment: requirementSchema.optional() })
      .strict()
      .default({}),
    checklists: z.array(checklistSchema).default([]),
    reviews: reviewsSchema,
    exit: exitRulesSchema,
    publication: publicationSchema,
    monitoring: monitoringSchema.optional(),
  })
  .strict();

export type PolicyPack = z.infer<typeof policyPackSchema>;
export type PolicyPackInput = z.input<typeof policyPackSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Categorisation = z.infer<typeof categorisationSchema>;
export type Scorecard = z.infer<typeof scorecardSchema>;
export type ReviewCycle = z.infer<typeof reviewCycleSchema>;
export type WindowedReview = z.infer<typeof windowedReviewSchema>;
export type ReviewQuestion = z.infer<typeof questionSchema>;
export type GovernanceRatingRule = z.infer<typeof governanceRatingRuleSchema>;
export type Checklist = z.infer<typeof checklistSchema>;

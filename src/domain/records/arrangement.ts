import { z } from "zod";
import { lifecycleStates } from "../lifecycle/states";
import { personRefSchema } from "./person-ref";
import { inOrder, isoDate, itemId, listItemMeta, nonEmpty, packRef, pounds, governanceLevels, webUrl } from "./common";
import { councilResourcesSchema, decisionMakingModes, legalForms, linkSchema, partnerSchema } from "./arrangement-parts";

/**
 * An entry on the register: a partnership, shared service or working group (DOMAIN.md
 * "What an arrangement is"). Kind, sub-type and category are ids from the council's policy pack,
 * not a fixed list, so a council can add its own without a code change. The partnership working framework Annex 1
 * audit questions each have a home here, so the register can answer a periodic audit.
 */
export const arrangementSchema = z
  .object({
    ...listItemMeta,
    name: nonEmpty,
    kind: packRef,
    subtype: packRef.optional(),
    category: packRef.optional(),
    /** Scorecard result, in percent (joint-working code 5: 50%+ is major). */
    score: z.number().min(0).max(100).optional(),
    status: z.enum(lifecycleStates),
    /** Why it is in its state, e.g. the screening exclusion that screened it out. */
    statusReason: z.string().optional(),
    partners: z.array(partnerSchema).optional(),
    purpose: z.string().optional(),
    expectedOutcomes: z.string().optional(),
    legalForm: z.enum(legalForms).optional(),
    legalPower: z.string().optional(),
    leadPartner: z.string().optional(),
    /** The body that holds and cash-flows the money. */
    accountableBody: z.string().optional(),
    /** partnership working framework Annex 1: the organisation the partnership answers to (e.g. a board). */
    accountableOrganisation: z.string().optional(),
    directorateId: itemId.optional(),
    portfolioId: itemId.optional(),
    /** The responsible officer (partnership working framework Annex 1). */
    leadOfficer: personRefSchema.optional(),
    /** The accountable service manager (partnership protocol 2.16, partnership working framework 4). */
    sponsoringOfficer: personRefSchema.optional(),
    leadMember: personRefSchema.optional(),
    startDate: isoDate.optional(),
    plannedEndDate: isoDate.optional(),
    nextReviewDue: isoDate.optional(),
    /** £ a year the council contributes: money, staff time and assets (default framework 1.11b). */
    councilContribution: pounds.optional(),
    totalBudget: pounds.optional(),
    governanceDocumentUrl: webUrl.optional(),
    termsOfReferenceUrl: webUrl.optional(),
    complaintsProcedureUrl: webUrl.optional(),
    exitStrategy: z.string().optional(),
    /** Who at the council instigates exit (default framework 2.12). */
    exitInstigator: personRefSchema.optional(),
    governanceRating: z.enum(governanceLevels).optional(),
    governanceRatingDate: isoDate.optional(),
    statutory: z.boolean().optional(),
    decisionMaking: z.enum(decisionMakingModes).optional(),
    memberInvolvement: z.boolean().optional(),
    publicFacing: z.boolean().optional(),
    /** Left out of the published register altogether (default framework 5.9c). */
    confidential: z.boolean().optional(),
    confidentialNotes: z.string().optional(),
    policyPackId: packRef.optional(),
    policyVersion: z.string().optional(),
    areaOfWork: z.string().optional(),
    membership: z.string().optional(),
    electedMemberContribution: z.string().optional(),
    contributionToBusinessPlan: z.string().optional(),
    /** Ids in the Objectives list this arrangement contributes to. */
    objectiveIds: z.array(itemId).optional(),
    fundingSources: z.string().optional(),
    councilResources: councilResourcesSchema.optional(),
    keyPlans: z.array(linkSchema).optional(),
    performanceReviewMechanisms: z.string().optional(),
    keySubGroups: z.string().optional(),
    reformPlans: z.string().optional(),
    informationSharing: z.string().optional(),
    /**
     * Set only by the register import: a digest of the spreadsheet row's identity (its reference,
     * or its name and partners), so importing the same file twice adds nothing the second time.
     */
    importKey: z.string().max(255).optional(),
  })
  .superRefine((a, ctx) => {
    if (!inOrder(a.startDate, a.plannedEndDate)) {
      ctx.addIssue({ code: "custom", path: ["plannedEndDate"], message: "the planned end date is before the start date" });
    }
    if (a.governanceRating && !a.governanceRatingDate) {
      ctx.addIssue({ code: "custom", path: ["governanceRatingDate"], message: "a governance rating needs the date it was given" });
    }
  });

export type Arrangement = z.infer<typeof arrangementSchema>;

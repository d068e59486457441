import { legalForms, decisionMakingModes } from "../../../domain/records/arrangement-parts";
import { governanceLevels } from "../../../domain/records/common";
import type { Arrangement } from "../../../domain/records/arrangement";
import { words } from "../view/format";

export type EditInput = "text" | "textarea" | "date" | "money" | "url" | "choice" | "yes-no";

export interface EditField {
  property: keyof Arrangement & string;
  label: string;
  input: EditInput;
  hint?: string;
  options?: { value: string; label: string }[];
}

export interface EditGroup {
  title: string;
  fields: EditField[];
}

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: words(value) }));

/**
 * The register entry's main fields an officer keeps current from the record, grouped the way the
 * page shows them. People, partners and the lifecycle state are changed by their own journeys
 * (the wizard, approvals, the Change Manager's admin), not typed here.
 */
export const editGroups: EditGroup[] = [
  {
    title: "The partnership",
    fields: [
      { property: "name", label: "Name", input: "text" },
      { property: "purpose", label: "Purpose", input: "textarea" },
      { property: "areaOfWork", label: "Area of work", input: "text" },
      { property: "statutory", label: "Statutory", input: "yes-no", hint: "Does it deliver a legal or statutory requirement?" },
      { property: "decisionMaking", label: "Executive or advisory", input: "choice", options: choices(decisionMakingModes) },
      { property: "legalForm", label: "Legal form", input: "choice", options: choices(legalForms) },
      { property: "membership", label: "Membership", input: "textarea" },
      { property: "electedMemberContribution", label: "Elected member contribution", input: "textarea" },
      { property: "accountableOrganisation", label: "Accountable organisation", input: "text" },
      { property: "accountableBody", label: "Accountable body", input: "text", hint: "The body that holds and cash-flows the money." },
      { property: "termsOfReferenceUrl", label: "Terms of reference (web address)", input: "url", hint: "For example https://northbrook.example/tor.pdf" },
    ],
  },
  {
    title: "Dates, money and contribution",
    fields: [
      { property: "startDate", label: "Start date", input: "date" },
      { property: "plannedEndDate", label: "Planned end date", input: "date" },
      { property: "councilContribution", label: "Council contribution (£ a year)", input: "money", hint: "Money, staff time and assets, in pounds. For example 65000." },
      { property: "totalBudget", label: "Total budget (£)", input: "money" },
      { property: "fundingSources", label: "Funding sources", input: "textarea" },
      { property: "contributionToBusinessPlan", label: "Contribution to the business plan", input: "textarea" },
    ],
  },
  {
    title: "Governance and performance",
    fields: [
      { property: "governanceRating", label: "Governance rating", input: "choice", options: choices(governanceLevels) },
      { property: "governanceRatingDate", label: "Governance rating date", input: "date" },
      { property: "governanceDocumentUrl", label: "Governance document (web address)", input: "url" },
      { property: "exitStrategy", label: "Exit strategy", input: "textarea" },
      { property: "performanceReviewMechanisms", label: "Performance review mechanisms", input: "textarea" },
      { property: "keySubGroups", label: "Key sub-groups", input: "textarea" },
      { property: "reformPlans", label: "Reform plans", input: "textarea" },
      { property: "informationSharing", label: "Information sharing arrangements", input: "textarea" },
    ],
  },
];

export const editFields: EditField[] = editGroups.flatMap((g) => g.fields);

/** The element id of a field's control, so the error summary can link to it. */
export const fieldId = (property: string): string => `edit-${property}`;

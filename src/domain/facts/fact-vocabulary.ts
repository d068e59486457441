/**
 * The facts an officer states about a proposal, which policy packs test in their rules.
 * This core vocabulary is documented in the README; a pack may declare more under `facts`.
 */
export type FactType = "boolean" | "money" | "number" | "string" | "string-list" | "date" | "kind" | "subtype" | "answers";

export interface FactDefinition {
  id: string;
  label: string;
  type: FactType;
  description: string;
}

export const coreFacts: readonly FactDefinition[] = [
  { id: "kind", label: "kind of arrangement", type: "kind", description: "partnership | shared-service | working-group (or another kind the pack declares)" },
  { id: "subtype", label: "sub-type", type: "subtype", description: "for shared services: full | joint-management | joint-officer | ad-hoc-resilience" },
  { id: "councilResource", label: "council resource", type: "money", description: "money, staff time and assets the council commits, in £ a year" },
  { id: "statutory", label: "delivers a legal or statutory requirement", type: "boolean", description: "the arrangement delivers a legal or statutory requirement on the council's behalf" },
  { id: "fundamentalToCorporateObjective", label: "fundamental to a Corporate Plan objective", type: "boolean", description: "without it a corporate objective would not be delivered" },
  { id: "urgentWithinOneMonth", label: "needed within one month", type: "boolean", description: "must be in place within one month to meet an urgent need" },
  { id: "externalCause", label: "caused by factors outside the council's control", type: "boolean", description: "the urgency arises from factors outside the council's direct control" },
  { id: "memberInvolvement", label: "councillors on the partnership board", type: "boolean", description: "council members will sit on the partnership's board" },
  { id: "councilIsAccountableBody", label: "the council is the accountable body", type: "boolean", description: "the council will act as accountable body (cash-flows the partnership)" },
  { id: "unbudgetedCommitment", label: "needs an unbudgeted financial commitment", type: "boolean", description: "the council's contribution is not in an approved budget" },
  { id: "publicFacing", label: "provides services directly to the public", type: "boolean", description: "the arrangement serves the public directly (needs a complaints procedure)" },
  { id: "exclusions", label: "screening exclusions that apply", type: "string-list", description: "ids of the pack's screening exclusions that describe the proposal" },
  { id: "scorecard", label: "scorecard answers", type: "answers", description: "criterion id → true (met) or false (not met)" },
  { id: "startDate", label: "start date", type: "date", description: "ISO date the arrangement starts or started (for the review calendar)" },
  { id: "asOf", label: "date of the explanation", type: "date", description: "ISO date to compute due and overdue reviews at; defaults to today" },
];

export const formatMoney = (value: number): string =>
  `£${value.toLocaleString("en-GB", { maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(value) ? 0 : 2 })}`;

/** The Partnerships columns the monitoring reports need: names, and the facts the pack's selectors test. */
export const arrangementFactsColumns = ["Title", "Kind", "Subtype", "Category", "Status", "CouncilContribution", "Statutory", "MemberInvolvement", "PublicFacing"] as const;

/**
 * The register's columns, in the order the issue lists them (name, kind / legal form, partners …
 * status). `sources` are the Partnerships internal names (or the related list) each column is
 * drawn from: a column is dropped from the published register when any of its sources is
 * confidential, so a pack that marks, say, TotalBudget confidential removes that column
 * everywhere the public sees the register.
 */
export type ColumnType = "text" | "money" | "date" | "link";

export interface RegisterColumn {
  id: string;
  header: string;
  type: ColumnType;
  sources: readonly string[];
  /** Character width in a spreadsheet. */
  width: number;
  /** Only in the full internal register, never in the published one. */
  internalOnly?: boolean;
}

const column = (id: string, header: string, sources: readonly string[], width: number, type: ColumnType = "text", internalOnly = false): RegisterColumn => ({
  id,
  header,
  type,
  sources,
  width,
  ...(internalOnly ? { internalOnly } : {}),
});

export const registerColumns: readonly RegisterColumn[] = [
  column("name", "Name", ["Title"], 38),
  column("kind", "Kind", ["Kind", "Subtype"], 28),
  column("legalForm", "Legal form", ["LegalForm"], 24),
  column("partners", "Partners", ["Partners"], 40),
  column("purpose", "Purpose", ["Purpose"], 50),
  column("directorate", "Directorate", ["Directorate"], 24),
  column("leadMember", "Lead member", ["LeadMember"], 22),
  column("leadOfficer", "Lead officer", ["LeadOfficer"], 22),
  column("representatives", "Council representatives", ["Representatives"], 36),
  column("councilContribution", "Council contribution (£ a year)", ["CouncilContribution"], 16, "money"),
  column("totalBudget", "Total budget (£)", ["TotalBudget"], 16, "money"),
  column("governanceDocument", "Governance document", ["GovernanceDocumentUrl"], 36, "link"),
  column("category", "Category", ["Category"], 16),
  column("governanceRating", "Governance rating", ["GovernanceRating"], 12),
  column("governanceRatingDate", "Governance rating date", ["GovernanceRatingDate"], 16, "date"),
  column("topRisks", "Top risks", ["Risks"], 44),
  column("exitStrategy", "Exit strategy in place", ["ExitStrategy"], 12),
  column("lastReview", "Last review", ["Reviews"], 16, "date"),
  column("nextReview", "Next review due", ["NextReviewDue", "Reviews"], 16, "date"),
  column("status", "Status", ["Status"], 18),
  column("registerId", "Register id", ["Id"], 10, "text", true),
  column("confidential", "Confidential (not published)", ["Confidential"], 14, "text", true),
  column("confidentialNotes", "Confidential notes", ["ConfidentialNotes"], 50, "text", true),
];

/**
 * The columns of one export: the published register never has an internal-only column nor one
 * drawn from a confidential field; the internal register has them all, for officers.
 */
export function columnsFor(published: boolean, confidentialFields: ReadonlySet<string>): RegisterColumn[] {
  if (!published) return [...registerColumns];
  return registerColumns.filter((c) => !c.internalOnly && !c.sources.some((s) => confidentialFields.has(s)));
}

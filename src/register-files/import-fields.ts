/**
 * The register fields a spreadsheet column can be imported into, with the header names councils
 * commonly use for them (matched ignoring case, spaces and punctuation). Name and kind are the
 * two every row needs; everything else may be left unmapped.
 */
export const importFieldIds = [
  "reference", "name", "kind", "subtype", "category", "status", "legalForm", "partners", "purpose",
  "directorate", "leadOfficer", "leadMember", "startDate", "plannedEndDate", "nextReviewDue",
  "councilContribution", "totalBudget", "governanceDocumentUrl", "governanceRating", "governanceRatingDate",
  "exitStrategy", "statutory", "confidential", "areaOfWork", "leadPartner", "accountableBody",
] as const;
export type ImportFieldId = (typeof importFieldIds)[number];

export interface ImportField {
  id: ImportFieldId;
  label: string;
  required?: boolean;
  /** Header names that mean this field. */
  aliases: readonly string[];
  /** What the cells should hold, for the mapping screen. */
  hint: string;
}

const f = (id: ImportFieldId, label: string, aliases: readonly string[], hint: string, required = false): ImportField => ({
  id, label, aliases, hint, ...(required ? { required } : {}),
});

export const importFields: readonly ImportField[] = [
  f("reference", "Reference in your spreadsheet", ["reference", "ref", "id", "register id", "partnership id", "ref no", "reference number"], "your own id for each row; re-importing matches rows by it"),
  f("name", "Name", ["name", "partnership name", "partnership", "title", "arrangement", "name of partnership"], "the arrangement's name", true),
  f("kind", "Kind", ["kind", "type", "type of arrangement", "partnership type", "arrangement type"], "partnership, shared service or working group", true),
  f("subtype", "Sub-type", ["sub-type", "subtype", "shared service type"], "for shared services, e.g. full shared service"),
  f("category", "Category", ["category", "significance", "classification"], "e.g. significant, other, ad hoc"),
  f("status", "Status", ["status", "state", "stage"], "e.g. active, ended; blank means active"),
  f("legalForm", "Legal form", ["legal form", "legal status", "legal structure", "governance structure"], "e.g. company, joint committee"),
  f("partners", "Partners", ["partners", "partner organisations", "partner bodies", "membership organisations"], "partner names separated by semicolons or line breaks"),
  f("purpose", "Purpose", ["purpose", "aims", "objectives", "description", "aim"], "what the arrangement is for"),
  f("directorate", "Directorate", ["directorate", "department", "service area"], "a directorate's name as the register knows it"),
  f("leadOfficer", "Lead officer", ["lead officer", "responsible officer", "officer", "council lead", "lead contact"], "a site user's name or e-mail"),
  f("leadMember", "Lead member", ["lead member", "portfolio holder", "cabinet member", "lead councillor"], "a site user's name or e-mail"),
  f("startDate", "Start date", ["start date", "start", "date started", "commenced"], "a date like 2024-04-01 or 1/4/2024"),
  f("plannedEndDate", "Planned end date", ["end date", "planned end date", "proposed end date", "end"], "a date"),
  f("nextReviewDue", "Next review due", ["next review due", "next review", "review date", "review due"], "a date"),
  f("councilContribution", "Council contribution (£ a year)", ["council contribution", "contribution", "council funding", "council resource", "annual contribution"], "pounds, e.g. 25000 or £25,000"),
  f("totalBudget", "Total budget (£)", ["total budget", "budget", "total funding", "annual budget"], "pounds"),
  f("governanceDocumentUrl", "Governance document", ["governance document", "terms of reference", "governance document link", "agreement", "link"], "a web address starting https://"),
  f("governanceRating", "Governance rating", ["governance rating", "assurance", "assurance level", "rating"], "substantial, reasonable, limited or weak"),
  f("governanceRatingDate", "Governance rating date", ["governance rating date", "rating date", "date rated"], "a date"),
  f("exitStrategy", "Exit strategy", ["exit strategy", "exit plan"], "the exit strategy's text"),
  f("statutory", "Statutory", ["statutory", "statutory partnership"], "yes or no"),
  f("confidential", "Confidential (not published)", ["confidential", "confidential not published", "exempt"], "yes or no"),
  f("areaOfWork", "Area of work", ["area of work", "theme", "service"], "free text"),
  f("leadPartner", "Lead partner", ["lead partner", "lead organisation", "lead body"], "free text"),
  f("accountableBody", "Accountable body", ["accountable body", "accountable organisation"], "free text"),
];

export const importField = (id: ImportFieldId): ImportField => importFields.find((field) => field.id === id)!;

/**
 * Headers of the register's own export that summarise other lists (risks, reviews,
 * representatives) or answer yes/no about a text field: never suggested for a register field.
 */
export const summaryHeaders: readonly string[] = ["Exit strategy in place", "Top risks", "Last review", "Council representatives"];

/**
 * The SharePoint lists the demo fills, in the order they must be written: a list comes after
 * every list its Lookups point into (Opinions after ApprovalStages, Interests after
 * Representatives), and the audit trail last because it names items of every other list.
 */
export const demoListTitles = [
  "Portfolios",
  "Directorates",
  "Objectives",
  "RoleHolders",
  "Partnerships",
  "Evaluations",
  "ApprovalStages",
  "Opinions",
  "Risks",
  "Measures",
  "BudgetFigures",
  "Reviews",
  "Representatives",
  "Interests",
  "Exits",
  "AuditLog",
] as const;

export type DemoListTitle = (typeof demoListTitles)[number];

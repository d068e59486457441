import type { Arrangement } from "../../../domain/records/arrangement";
import type { CouncilResources } from "../../../domain/records/arrangement-parts";
import { notRecorded, personName, pounds, ukDate, words } from "./format";

/** An answer as the Overview shows it: words, links, or a labelled list. Missing is said, not blank. */
export type AnnexAnswer =
  | { kind: "text"; text: string }
  | { kind: "links"; links: { title: string; url?: string }[] }
  | { kind: "list"; items: { label: string; text: string }[] }
  | { kind: "missing" };

export interface AnnexQuestion {
  id: string;
  question: string;
  answer: AnnexAnswer;
}

export interface AnnexGroup {
  title: string;
  questions: AnnexQuestion[];
}

export interface AnnexInput {
  arrangement: Partial<Arrangement>;
  /** Pack names for the kind, sub-type and category ("Partnership", "Significant"). */
  kindName: string;
  subtypeName: string;
  categoryName: string;
  objectiveNames: string[];
  openRisks: { title: string; score: number }[];
}

const resourceHeadings: [keyof CouncilResources, string][] = [
  ["finance", "Finance"], ["staff", "Staff"], ["accommodation", "Accommodation"], ["legal", "Legal"], ["it", "IT"],
  ["administration", "Administration"], ["training", "Training"], ["insurance", "Insurance"], ["recruitment", "Recruitment"],
  ["payroll", "Payroll"], ["healthAndSafety", "Health and safety"], ["advice", "Advice"], ["communications", "Communications"],
];

const text = (value: string | undefined): AnnexAnswer => (value && value.trim() ? { kind: "text", text: value } : { kind: "missing" });
/** Parts as sentences: "A. B", without doubling a full stop a part already ends with. */
const joined = (...parts: (string | undefined | false)[]): AnnexAnswer =>
  text(parts.filter((p): p is string => !!p && !!p.trim()).map((p) => p.trim().replace(/[.;]$/, "")).join(". "));

/**
 * Every question of the partnership working framework Annex 1 partnership audit template (DOMAIN.md "The register"),
 * answered from the record, in the template's order. A question the record cannot answer says
 * "Not recorded", so the gaps an auditor would find are visible before the audit.
 */
export function annexOneGroups(input: AnnexInput): AnnexGroup[] {
  const a = input.arrangement;
  const resources = a.councilResources ?? {};
  const resourceItems = resourceHeadings.map(([key, label]) => ({ label, text: resources[key]?.trim() || notRecorded }));
  const type = [
    [input.kindName, input.subtypeName].filter(Boolean).join(" – "),
    input.categoryName && `${input.categoryName} category`,
    a.statutory !== undefined && (a.statutory ? "Statutory" : "Non-statutory"),
    a.decisionMaking && words(a.decisionMaking),
    a.legalForm && `Legal form: ${words(a.legalForm).replace("Latco", "Local authority trading company")}`,
  ];
  const risks = input.openRisks.length
    ? `${input.openRisks.length} open ${input.openRisks.length === 1 ? "risk" : "risks"} on its register; the highest: ${[...input.openRisks]
        .sort((x, y) => y.score - x.score)
        .slice(0, 3)
        .map((r) => `${r.title} (score ${r.score})`)
        .join("; ")}`
    : undefined;
  const q = (id: string, question: string, answer: AnnexAnswer): AnnexQuestion => ({ id, question, answer });
  return [
    {
      title: "The partnership",
      questions: [
        q("name", "Name of the partnership", text(a.name)),
        q("type", "Type, including statutory and legal status", joined(...type)),
        q("area-of-work", "Area of work", text(a.areaOfWork)),
        q("terms-of-reference", "Terms of reference", a.termsOfReferenceUrl ? { kind: "links", links: [{ title: "Terms of reference", url: a.termsOfReferenceUrl }] } : { kind: "missing" }),
        q("membership", "Membership", joined(a.membership, a.partners?.length ? `Partners: ${a.partners.map((p) => p.name).join(", ")}` : undefined)),
        q("elected-members", "Elected member contribution", joined(a.electedMemberContribution, a.leadMember && `Lead member: ${personName(a.leadMember)}`)),
      ],
    },
    {
      title: "Accountability",
      questions: [
        q("accountable-organisation", "Accountable organisation", joined(a.accountableOrganisation, a.accountableBody && `Accountable body: ${a.accountableBody}`)),
        q("accountable-service-manager", "Accountable service manager", a.sponsoringOfficer ? text(personName(a.sponsoringOfficer)) : { kind: "missing" }),
        q("responsible-officer", "Responsible officer", a.leadOfficer ? text(personName(a.leadOfficer)) : { kind: "missing" }),
        q("dates", "Start date and proposed end date", a.startDate || a.plannedEndDate ? text(`Started ${ukDate(a.startDate)}; proposed end ${a.plannedEndDate ? ukDate(a.plannedEndDate) : "not set (ongoing)"}`) : { kind: "missing" }),
      ],
    },
    {
      title: "Contribution, money and resources",
      questions: [
        q("business-plan", "Contribution to the council's business plan and objectives", joined(a.contributionToBusinessPlan, input.objectiveNames.length ? `Corporate objectives: ${input.objectiveNames.join("; ")}` : undefined)),
        q("funding-sources", "Funding sources", joined(a.fundingSources, a.councilContribution !== undefined && `Council contribution ${pounds(a.councilContribution)} a year`, a.totalBudget !== undefined && `Total budget ${pounds(a.totalBudget)}`)),
        q("council-resources", "Council resources made available", resourceItems.every((i) => i.text === notRecorded) ? { kind: "missing" } : { kind: "list", items: resourceItems }),
      ],
    },
    {
      title: "Risk, plans and performance",
      questions: [
        q("risks", "Risks to the council", text(risks)),
        q("key-plans", "Key plans and strategies", a.keyPlans?.length ? { kind: "links", links: a.keyPlans } : { kind: "missing" }),
        q("performance-review", "Performance review mechanisms", text(a.performanceReviewMechanisms)),
        q("sub-groups", "Key sub-groups", text(a.keySubGroups)),
        q("reform-plans", "Reform plans", text(a.reformPlans)),
        q("information-sharing", "Information sharing arrangements", text(a.informationSharing)),
      ],
    },
  ];
}

import type { Evaluation } from "../domain/records/evaluation";
import { formatMoney } from "../domain/facts/fact-vocabulary";
import { addDays } from "../domain/review-calendar/days-between";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { demoPack, explainSpec, factsOf } from "./demo-policy";
import { itemLink, personLink, type DemoRow } from "./links";
import { stableNumber } from "./stable-number";
import type { Timeline } from "./timeline";

const notEvaluated = new Set(["proposed", "screening", "screened-out"]);

/** What a lead officer writes under each of the pack's evaluation sections. */
function sectionAnswer(section: string, spec: ArrangementSpec): string {
  const d = spec.details;
  const money = spec.facts.councilResource !== undefined ? formatMoney(spec.facts.councilResource) : "no money";
  const partners = (d.partners ?? []).map((p) => p.name).join(", ");
  switch (section) {
    case "purpose-and-outcomes": return [d.purpose, d.expectedOutcomes].filter(Boolean).join(" Outcomes: ");
    case "alternatives": return "Acting alone would cost more and lack the partners' reach; a contract was considered but the partners share the objectives rather than supply a service.";
    case "partners-and-legal-form": return `${partners}. Legal form: ${d.legalForm ?? "to be agreed"}.${d.legalPower ? ` Power: ${d.legalPower}.` : ""}`;
    case "benefits-and-costs": return `Council resource ${money} a year${spec.totalBudget ? ` of a total budget of ${formatMoney(spec.totalBudget)}` : ""}. ${d.fundingSources ?? ""}`.trim();
    case "risk-assessment": return (spec.risks ?? []).map((r) => `${r.title} (likelihood ${r.likelihood}, impact ${r.impact}): ${r.mitigation}`).join(" ") || "No significant risks identified.";
    case "safeguarding": return "Partners' safeguarding policies checked; staff working with children or adults at risk hold enhanced DBS checks.";
    case "data-protection": return d.informationSharing ?? "Information sharing agreement to be signed before any personal data is shared; DPIA screening done.";
    case "equalities": return "Equality impact assessment screening found no adverse impact.";
    case "climate": return "Meetings held online where possible; partners report their carbon reduction plans.";
    case "governance": return "Written agreement covering membership, decisions, meetings, finance reporting, interests and disputes.";
    case "exit-strategy": return d.exitStrategy ?? "To be agreed.";
    case "business-case": return `Business case: ${d.purpose ?? spec.name} Savings and resilience set against a council resource of ${money} a year.`;
    case "complaints": return "Partners' complaints procedures apply, with an escalation route to the council's corporate complaints procedure.";
    case "terms-of-reference": return `${d.purpose ?? spec.name} Terms of reference agreed by the group and reviewed each year.`;
    case "decision-making": return "The group advises; officers take no key decision for the council without first engaging the Lead Member or Leader.";
    default: return "Considered; nothing to add.";
  }
}

/**
 * The wizard's answers: the facts stated (so the category and route can be worked out again)
 * and an answer per required section. Drafts have the first few sections only. Older
 * arrangements have a retrospective evaluation done when the register was opened.
 */
export function buildEvaluation(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar): DemoRow<Evaluation> | undefined {
  if (notEvaluated.has(spec.status)) return undefined;
  const pack = demoPack();
  const explanation = explainSpec(spec);
  const draft = spec.status === "evaluation" || (spec.status === "withdrawn" && spec.progress?.withdrawnAt === "evaluation");
  const sections = explanation.sections.required.map((s) => s.id);
  const answered = draft ? sections.slice(0, 3) : sections;
  const submittedOn = timeline.legacy ? addDays(timeline.registerOpened, 14 + stableNumber(spec.key, 40)) : timeline.submitted;
  return {
    key: spec.key,
    record: {
      title: `${timeline.legacy ? "Retrospective evaluation" : "Evaluation"}: ${spec.name}`,
      arrangementId: itemLink("Partnerships", spec.key),
      status: draft ? "draft" : "submitted",
      answers: { facts: factsOf(spec), ...Object.fromEntries(answered.map((id) => [id, sectionAnswer(id, spec)])) },
      policyPackId: pack.id,
      policyVersion: pack.version,
      ...(explanation.category ? { category: explanation.category.id } : {}),
      ...(explanation.score ? { score: explanation.score.percent } : {}),
      reasons: explanation.reasons.map((r) => ({ rule: r.topic, text: r.text, cite: r.cite })),
      ...(draft ? {} : { submittedBy: personLink(spec.leadOfficer), submittedAt: calendar.at(submittedOn, 15, stableNumber(spec.key, 60)) }),
    },
  };
}

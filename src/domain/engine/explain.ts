import type { Facts } from "../facts/facts";
import type { PolicyPack } from "../policy-pack/pack-schema";
import { matchesSelector, type Subject } from "../policy-pack/match-selector";
import { PolicyError } from "../errors";
import { categorise } from "./categorise";
import type { Explanation, ExplainedStage, Reason } from "./explanation";
import { screen } from "./screen";
import { reviewCalendar } from "../review-calendar/review-calendar";
import type { CompletedReview } from "../review-calendar/calendar-types";

export interface ExplainOptions {
  /** The day to draw the review calendar for (the domain never reads the clock). */
  asOf: string;
  /** Reviews already done, for an arrangement already on the register. */
  completed?: readonly CompletedReview[];
}

/**
 * What a council's framework says about a proposal: screening, kind, category (with the
 * scorecard's working), the evaluation sections required, the approval route, who joins the
 * evaluation, what must be in place before approval, and the governance checklist. Every outcome
 * carries the rule and section behind it, so an officer can be told why.
 */
export function explain(pack: PolicyPack, facts: Facts, options?: ExplainOptions): Explanation {
  const kind = pack.kinds.find((k) => k.id === facts.kind);
  if (!kind) {
    throw new PolicyError("unknown-kind", `${pack.name} has no kind of arrangement called "${facts.kind}" (it has ${pack.kinds.map((k) => k.id).join(", ")}).`);
  }
  const subtype = facts.subtype === undefined ? null : (kind.subtypes ?? []).find((s) => s.id === facts.subtype);
  if (subtype === undefined) {
    throw new PolicyError("unknown-subtype", `${kind.name} in ${pack.name} has no sub-type "${facts.subtype}".`);
  }
  const roleName = (id: string) => pack.roles.find((r) => r.id === id)?.name ?? id;
  const sectionName = (id: string) => pack.sections.find((s) => s.id === id)?.name ?? id;

  const screened = screen(pack, facts);
  const kindReason: Reason = {
    topic: "kind",
    text: `${kind.name}${subtype ? ` — ${subtype.name}` : ""}`,
    cite: subtype?.cite ?? kind.cite,
  };
  const base = {
    pack: { id: pack.id, name: pack.name, version: pack.version },
    screening: screened.screening,
    kind: { id: kind.id, name: kind.name, cite: kind.cite },
    subtype: subtype ? { id: subtype.id, name: subtype.name, cite: subtype.cite } : null,
  };
  if (screened.screening.result === "out") {
    return {
      ...base,
      category: null,
      score: null,
      sections: { required: [], optional: [], cite: null },
      route: [],
      routeInfo: null,
      participants: [],
      requirements: { exitStrategy: { required: false }, riskAssessment: { required: false } },
      checklist: null,
      reviews: [],
      reasons: [screened.reason, kindReason],
    };
  }

  const categorised = categorise(pack, facts);
  const subject: Subject = { facts, category: categorised.category };
  const applies = (selector: Parameters<typeof matchesSelector>[0]) => matchesSelector(selector, subject, pack);
  const categoryDef = categorised.category ? pack.categories.find((c) => c.id === categorised.category) : undefined;
  const reasons: Reason[] = [screened.reason, kindReason, categorised.reason];

  const sectionRule = pack.sectionRules.find((r) => applies(r.when));
  const sections = sectionRule
    ? {
        required: sectionRule.required.map((id) => ({ id, name: sectionName(id) })),
        optional: sectionRule.optional.map((id) => ({ id, name: sectionName(id) })),
        cite: sectionRule.cite,
      }
    : { required: [], optional: [], cite: null };
  if (sectionRule) {
    reasons.push({ topic: "sections", text: `Evaluation sections required: ${sections.required.map((s) => s.name).join(", ") || "none"}`, cite: sectionRule.cite });
  }

  const route = pack.routes.find((r) => applies(r.when));
  if (!route) {
    throw new PolicyError("no-route", `${pack.name} has no approval route for a ${kind.name.toLowerCase()}${categoryDef ? ` (${categoryDef.name})` : ""}; the pack needs a route for it.`);
  }
  const stages: ExplainedStage[] = route.stages.map((s) => ({
    type: s.type,
    roles: s.roles,
    roleNames: s.roles.map(roleName),
    label: s.label ?? defaultLabel(s.type, s.roles.map(roleName)),
    cite: s.cite,
  }));
  reasons.push({
    topic: "route",
    text: stages.length ? `Route: ${stages.map((s) => s.label).join(" → ")}` : `Route: no approval is required for this arrangement`,
    cite: route.cite,
  });

  const participants = pack.evaluationParticipants
    .filter((p) => applies(p.when))
    .flatMap((p) => p.roles.map((role) => ({ role, roleName: roleName(role), reason: p.reason, cite: p.cite })));
  for (const p of participants) reasons.push({ topic: "participants", text: `${p.roleName} joins the evaluation: ${p.reason}`, cite: p.cite });

  const requirement = (r: { when: Parameters<typeof applies>[0]; cite: string } | undefined) =>
    r && applies(r.when) ? { required: true, cite: r.cite } : { required: false };
  const requirements = { exitStrategy: requirement(pack.requirements.exitStrategy), riskAssessment: requirement(pack.requirements.riskAssessment) };
  if (requirements.exitStrategy.required) reasons.push({ topic: "requirements", text: "An exit strategy, naming who at the council instigates exit, is required before approval", cite: requirements.exitStrategy.cite! });
  if (requirements.riskAssessment.required) reasons.push({ topic: "requirements", text: "A risk assessment is required", cite: requirements.riskAssessment.cite! });

  const checklistDef = pack.checklists.find((c) => applies(c.when));
  const checklist = checklistDef ? { id: checklistDef.id, name: checklistDef.name, cite: checklistDef.cite, items: checklistDef.items } : null;
  if (checklist) reasons.push({ topic: "checklist", text: `Governance checklist: ${checklist.name} (${checklist.items.length} items)`, cite: checklist.cite });

  const asOf = facts.asOf ?? options?.asOf;
  // A proposal with no start date is drawn as if it started on the day of the explanation.
  const reviews = asOf
    ? reviewCalendar({ pack, arrangement: { facts, category: categorised.category, startDate: facts.startDate ?? asOf }, asOf, completed: options?.completed ?? [] })
    : [];
  for (const r of reviews) reasons.push({ topic: "reviews", text: r.reason, cite: r.cite });

  return {
    ...base,
    category: categoryDef ? { id: categoryDef.id, name: categoryDef.name, cite: categorised.reason.cite } : null,
    score: categorised.score,
    sections,
    route: stages,
    routeInfo: { id: route.id, name: route.name, cite: route.cite, advice: route.advice },
    participants,
    requirements,
    checklist,
    reviews,
    reasons,
  };
}

function defaultLabel(type: string, names: string[]): string {
  const who = names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  switch (type) {
    case "opinion": return `Opinions of ${who}`;
    case "approval": return `Approval by ${who}`;
    case "meeting": return `${who} meeting`;
    default: return `Inform ${who}`;
  }
}

import type { EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import type { StepId, WizardPlan } from "../../domain/evaluation/wizard-steps";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { PersonRef } from "../../domain/records/person-ref";
import { factDefinitions } from "../../domain/facts/facts";
import { idWords } from "./id-words";
import type { WizardChoices } from "./read-wizard-choices";

export interface SummaryRow {
  /** The answer path, as `Missing.field` names it. */
  field: string;
  label: string;
  value: string;
}

export interface SummaryGroup {
  stepId: StepId;
  title: string;
  rows: SummaryRow[];
}

const notAnswered = "Not answered";
const person = (p: PersonRef | undefined) => (p ? (p.title ?? `Person ${p.id}`) : notAnswered);
const text = (v: string | undefined) => (v && v.trim() ? v.trim() : notAnswered);
const money = (v: number | undefined) => (v === undefined ? notAnswered : `£${v.toLocaleString("en-GB")}`);
const yesNo = (v: unknown) => (v === true ? "Yes" : v === false ? "No" : notAnswered);
const sentence = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/**
 * Every answer in words, step by step, for the review page and for showing an officer the
 * changes they had not saved when someone else's version was loaded. Only the steps the plan
 * shows; labels and choices in the pack's own words.
 */
export function summariseAnswers(pack: PolicyPack, answers: EvaluationAnswers, plan: WizardPlan, choices: WizardChoices | null): SummaryGroup[] {
  const shown = new Map(plan.steps.filter((s) => s.shown).map((s) => [s.id, s]));
  const groups: SummaryGroup[] = [];
  const group = (stepId: StepId, rows: SummaryRow[]) => {
    const step = shown.get(stepId);
    if (step && rows.length) groups.push({ stepId, title: step.title, rows });
  };
  const sectionRows = (stepId: StepId) =>
    (shown.get(stepId)?.sectionIds ?? [])
      // On these steps the step's own fields answer its sections (see field-messages.ts).
      .filter(() => !["basics", "risks", "exit", "alternatives"].includes(stepId))
      .map((id) => ({ field: `sections.${id}`, label: pack.sections.find((s) => s.id === id)?.name ?? id, value: text(answers.sections?.[id]?.text) }));
  const checklistRows = (stepId: StepId) => {
    const checklist = plan.explanation?.checklist;
    if (!checklist || !shown.get(stepId)?.checklist) return [];
    return checklist.items.map((item) => ({ field: `checklist.${item.id}`, label: item.text, value: answers.checklist?.[item.id] ? "In place" : "Not ticked" }));
  };

  const exclusions = answers.screening?.exclusions ?? [];
  group("screening", [
    {
      field: "screening.exclusions",
      label: "Screening",
      value: exclusions.length
        ? exclusions.map((id) => pack.screening.exclusions.find((e) => e.id === id)?.label ?? id).join("; ")
        : answers.screening?.confirmedNone
          ? "None of the exclusions applies"
          : notAnswered,
    },
  ]);

  const kind = pack.kinds.find((k) => k.id === answers.kind?.kind);
  const subtype = kind?.subtypes?.find((s) => s.id === answers.kind?.subtype);
  group("kind", [{ field: "kind.kind", label: "Kind", value: kind ? `${kind.name}${subtype ? ` — ${subtype.name}` : ""}` : notAnswered }]);

  const b = answers.basics ?? {};
  const nameOf = (list: { id: number; name: string }[] | undefined, id: number | undefined) => (id === undefined ? notAnswered : (list?.find((x) => x.id === id)?.name ?? `Item ${id}`));
  const objectives = [
    ...(b.objectiveIds ?? []).map((id) => choices?.objectives.find((o) => o.id === id)?.name ?? `Objective ${id}`),
    ...(b.corporateObjectives ?? []).filter((o) => o.trim()),
  ];
  group("basics", [
    { field: "basics.name", label: "Name", value: text(b.name) },
    { field: "basics.partners", label: "Partners", value: b.partners?.length ? b.partners.join("; ") : notAnswered },
    { field: "basics.purpose", label: "Purpose", value: text(b.purpose) },
    { field: "basics.outcomes", label: "Expected outcomes", value: text(b.outcomes) },
    { field: "basics.measuresOfSuccess", label: "Measures of success", value: text(b.measuresOfSuccess) },
    { field: "basics.objectiveIds", label: "Corporate objectives", value: objectives.length ? objectives.join("; ") : notAnswered },
    { field: "basics.leadOfficer", label: "Lead officer", value: person(b.leadOfficer) },
    { field: "basics.sponsoringOfficer", label: "Sponsoring officer", value: person(b.sponsoringOfficer) },
    { field: "basics.directorate", label: "Directorate", value: nameOf(choices?.directorates, b.directorate) },
    { field: "basics.portfolio", label: "Cabinet portfolio", value: nameOf(choices?.portfolios, b.portfolio) },
    { field: "basics.startDate", label: "Start date", value: text(b.startDate) },
    { field: "basics.plannedEndDate", label: "Planned end date", value: text(b.plannedEndDate) },
    { field: "basics.legalForm", label: "Legal form", value: b.legalForm ? idWords(b.legalForm) : notAnswered },
    { field: "basics.legalPower", label: "Legal power", value: text(b.legalPower) },
    { field: "basics.leadPartner", label: "Lead partner", value: text(b.leadPartner) },
    { field: "basics.accountableBody", label: "Accountable body", value: text(b.accountableBody) },
    { field: "basics.memberInvolvement", label: "Councillors on the board", value: yesNo(b.memberInvolvement) },
  ]);

  const definitions = new Map(factDefinitions(pack).map((f) => [f.id, f]));
  const scorecard = plan.explanation?.score;
  group("significance", [
    ...Object.entries(answers.significance?.facts ?? {})
      .filter(([id]) => definitions.has(id))
      .map(([id, v]) => ({
        field: `significance.facts.${id}`,
        label: sentence(definitions.get(id)!.label),
        value: typeof v === "boolean" ? yesNo(v) : definitions.get(id)!.type === "money" && typeof v === "number" ? money(v) : String(v),
      })),
    ...(scorecard ? [{ field: "significance.scorecard", label: "Scorecard", value: `${scorecard.criteria.filter((c) => c.met).length} of ${scorecard.criteria.length} criteria met (${scorecard.percent}%)` }] : []),
  ]);

  const m = answers.money ?? {};
  group("benefits-costs", [
    { field: "money.councilMoney", label: "Council money", value: money(m.councilMoney) },
    { field: "money.staffTime", label: "Staff time", value: money(m.staffTime) },
    { field: "money.assets", label: "Assets", value: money(m.assets) },
    { field: "money.externalFunding", label: "External funding", value: money(m.externalFunding) },
    { field: "money.exitCosts", label: "Exit costs", value: money(m.exitCosts) },
    { field: "money.notes", label: "Notes on the figures", value: text(m.notes) },
    ...sectionRows("benefits-costs"),
  ]);

  group(
    "risks",
    (answers.risks ?? []).length
      ? (answers.risks ?? []).map((r, i) => ({
          field: `risks.${i}`,
          label: `Risk ${i + 1}`,
          value: `${text(r.title)} — likelihood ${r.likelihood ?? "?"}, impact ${r.impact ?? "?"}; mitigation: ${text(r.mitigation)}; owner: ${person(r.owner)}`,
        }))
      : [{ field: "risks", label: "Risks", value: "None listed" }],
  );
  group("considerations", [...checklistRows("considerations"), ...sectionRows("considerations")]);
  group("governance", [...checklistRows("governance"), ...sectionRows("governance")]);
  const e = answers.exit ?? {};
  group("exit", [
    { field: "exit.how", label: "How the council would leave", value: text(e.how) },
    { field: "exit.notice", label: "Notice", value: text(e.notice) },
    { field: "exit.liabilities", label: "Liabilities and assets", value: text(e.liabilities) },
    { field: "exit.instigator", label: "Who instigates exit", value: person(e.instigator) },
  ]);
  group("alternatives", [{ field: "alternatives.text", label: "Alternatives considered", value: text(answers.alternatives?.text) }]);
  group("review", checklistRows("review"));
  return groups;
}

/** The rows of `mine` that differ from `theirs`: what the officer had typed and not saved. */
export function unsavedRows(mine: SummaryGroup[], theirs: SummaryGroup[]): (SummaryRow & { stepTitle: string; stepId: StepId })[] {
  const theirValue = new Map(theirs.flatMap((g) => g.rows.map((r) => [r.field, r.value])));
  return mine.flatMap((g) => g.rows.filter((r) => theirValue.get(r.field) !== r.value && r.value !== "Not answered").map((r) => ({ ...r, stepTitle: g.title, stepId: g.stepId })));
}

import { explain } from "../engine/explain";
import type { Explanation } from "../engine/explanation";
import { screen } from "../engine/screen";
import { PolicyError } from "../errors";
import { wizardStepIds, type PolicyPack, type WizardStepId } from "../policy-pack/pack-schema";
import { factsFromAnswers } from "./answers-to-facts";
import type { EvaluationAnswers } from "./evaluation-answers";

export const stepIds = wizardStepIds;
export type StepId = WizardStepId;

export interface WizardStep {
  id: StepId;
  title: string;
  shown: boolean;
  required: boolean;
  /** The pack sections answered on this step (required first, then optional), in pack order. */
  sectionIds: string[];
  /** Of `sectionIds`, the ones the pack requires for this arrangement. */
  requiredSectionIds: string[];
  /** The pack's governance checklist is answered on this step. */
  checklist: boolean;
  /** The rule that shows or requires the step. */
  cite?: string;
  /** Why the step is shown, required or hidden, in plain words. */
  why?: string;
}

export interface ScreenedOut {
  exclusionId: string;
  label: string;
  /** What applies instead: a contract, a grant, an outside-body appointment… (the pack's words). */
  alternative: string;
  cite: string;
}

export interface WizardPlan {
  /** The engine's view of the answers so far; null until a kind is chosen or while screened out. */
  explanation: Explanation | null;
  steps: WizardStep[];
  /** Set when an exclusion the officer ticked takes the proposal out of the partnership process. */
  screenedOut: ScreenedOut | null;
  /** The pack could not judge the answers (e.g. it has no route for them), in words for the officer. */
  problem?: string;
}

export const stepTitles: Record<StepId, string> = {
  screening: "Is it a partnership?",
  kind: "Kind of arrangement",
  basics: "The basics",
  significance: "Significance",
  "benefits-costs": "Benefits and costs",
  risks: "Risk assessment",
  considerations: "Other considerations",
  governance: "Governance",
  exit: "Exit strategy",
  alternatives: "Alternatives considered",
  review: "Review and submit",
};

/** Steps every proposal goes through whatever the pack says. */
const alwaysShown: readonly StepId[] = ["screening", "kind", "basics", "significance", "review"];

/** Where the pack puts a section; a section with no `step` is one of the "other considerations". */
export const stepOfSection = (pack: PolicyPack, sectionId: string): StepId =>
  pack.sections.find((s) => s.id === sectionId)?.step ?? "considerations";

const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;

/** "a significant partnership", "a county or regional working group": who a rule applies to. */
export function describeArrangement(explanation: Explanation): string {
  const kind = explanation.kind.name.toLowerCase();
  return withArticle(explanation.category ? `${explanation.category.name.toLowerCase()} ${kind}` : kind);
}

/** The engine's explanation of the answers, or why there is none yet. */
export function explainAnswers(pack: PolicyPack, answers: EvaluationAnswers, today: string): { explanation: Explanation | null; problem?: string } {
  const facts = factsFromAnswers(answers);
  if (!facts.kind) return { explanation: null };
  // A kind with types (a shared service) is judged once its type is chosen: before that the
  // pack's rules are not wrong, only not yet answerable.
  const kind = pack.kinds.find((k) => k.id === facts.kind);
  if (kind?.subtypes?.length && facts.subtype === undefined) return { explanation: null };
  try {
    return { explanation: explain(pack, facts, { asOf: today }) };
  } catch (error) {
    if (error instanceof PolicyError) return { explanation: null, problem: error.message };
    throw error;
  }
}

/**
 * Which of the wizard's eleven steps an officer sees and must complete, from the pack's rules for
 * the kind and category in hand (DOMAIN.md "Evaluation"). Steps 1–4 and the review always show;
 * the others show only when the pack requires or offers a section on them, or requires a risk
 * assessment or an exit strategy — so an arrangement sees only what its framework demands of it.
 * An exclusion that applies stops the wizard: only screening and the review remain.
 */
export function planWizard(pack: PolicyPack, answers: EvaluationAnswers, today: string): WizardPlan {
  const screened = screen(pack, { kind: "", exclusions: answers.screening?.exclusions ?? [] }).screening;
  if (screened.result === "out") {
    const screenedOut: ScreenedOut = {
      exclusionId: screened.exclusion.id,
      label: screened.exclusion.label,
      alternative: screened.exclusion.alternative,
      cite: screened.cite,
    };
    const why = `Not needed: ${screened.exclusion.label} — this is not a partnership (${screened.cite}).`;
    const steps = stepIds.map((id) =>
      id === "screening" || id === "review"
        ? step(id, { shown: true, required: true, cite: screened.cite })
        : step(id, { shown: false, required: false, why }),
    );
    return { explanation: null, steps, screenedOut };
  }

  const { explanation, problem } = explainAnswers(pack, answers, today);
  if (!explanation) {
    const why = problem ?? "Shown once the kind of arrangement (and its type, where it has types) is chosen, as the policy requires for it.";
    const steps = stepIds.map((id) =>
      alwaysShown.includes(id) ? step(id, { shown: true, required: true }) : step(id, { shown: false, required: false, why }),
    );
    return { explanation: null, steps, screenedOut: null, ...(problem ? { problem } : {}) };
  }

  const who = describeArrangement(explanation);
  const required = new Set(explanation.sections.required.map((s) => s.id));
  const offered = [...explanation.sections.required, ...explanation.sections.optional].map((s) => s.id);
  const sectionsOn = (id: StepId) => pack.sections.map((s) => s.id).filter((s) => offered.includes(s) && stepOfSection(pack, s) === id);
  const sectionCite = explanation.sections.cite ?? undefined;
  const { exitStrategy, riskAssessment } = explanation.requirements;

  const planned = stepIds.map((id): WizardStep => {
    const sectionIds = sectionsOn(id);
    const requiredSectionIds = sectionIds.filter((s) => required.has(s));
    if (alwaysShown.includes(id)) {
      return step(id, { shown: true, required: true, sectionIds, requiredSectionIds, ...(sectionIds.length && sectionCite ? { cite: sectionCite } : {}) });
    }
    const requirement = id === "risks" ? riskAssessment : id === "exit" ? exitStrategy : undefined;
    if (requirement?.required) {
      const what = id === "risks" ? "A risk assessment" : "An exit strategy";
      return step(id, { shown: true, required: true, sectionIds, requiredSectionIds, cite: requirement.cite, why: `${what} is required for ${who} (${requirement.cite}).` });
    }
    if (sectionIds.length === 0) {
      return step(id, { shown: false, required: false, why: `The policy asks nothing on this step of ${who}.` });
    }
    const names = sectionIds.map((s) => pack.sections.find((x) => x.id === s)?.name ?? s).join(", ");
    return step(id, {
      shown: true,
      required: requiredSectionIds.length > 0,
      sectionIds,
      requiredSectionIds,
      ...(sectionCite ? { cite: sectionCite } : {}),
      why: `${requiredSectionIds.length ? "Required" : "Offered"} for ${who}: ${names}${sectionCite ? ` (${sectionCite})` : ""}.`,
    });
  });

  // The governance checklist belongs with governance; where the policy asks nothing else about
  // governance (an ad hoc partnership) it is answered on the review page, not on a step of its own.
  if (explanation.checklist) {
    const governance = planned.find((s) => s.id === "governance")!;
    const home = governance.shown ? governance : planned.find((s) => s.id === "review")!;
    home.checklist = true;
  }
  return { explanation, steps: planned, screenedOut: null };
}

function step(
  id: StepId,
  parts: { shown: boolean; required: boolean; sectionIds?: string[]; requiredSectionIds?: string[]; cite?: string; why?: string },
): WizardStep {
  return {
    id,
    title: stepTitles[id],
    shown: parts.shown,
    required: parts.required,
    sectionIds: parts.sectionIds ?? [],
    requiredSectionIds: parts.requiredSectionIds ?? [],
    checklist: false,
    ...(parts.cite ? { cite: parts.cite } : {}),
    ...(parts.why ? { why: parts.why } : {}),
  };
}

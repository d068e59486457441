import type { Explanation } from "../engine/explanation";
import { formatMoney } from "../facts/fact-vocabulary";
import type { Arrangement } from "../records/arrangement";
import type { EvaluationReason } from "../records/evaluation";
import type { Risk } from "../records/risk";
import { councilResourceFrom, factsFromAnswers, isRealDate } from "./answers-to-facts";
import type { EvaluationAnswers } from "./evaluation-answers";
import { isCompleteRisk } from "./find-missing";

const text = (value: string | undefined) => (value !== undefined && value.trim() !== "" ? value.trim() : undefined);
const defined = <T extends object>(record: T): Partial<T> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * What the register shows while the evaluation is still a draft: its name, kind and partners
 * kept in step with the wizard, so the officer's proposal is findable as they type it.
 */
export function registerFieldsOfDraft(answers: EvaluationAnswers): Partial<Arrangement> {
  const partners = (answers.basics?.partners ?? []).map((p) => p.trim()).filter(Boolean);
  return defined({
    name: text(answers.basics?.name)?.slice(0, 255),
    kind: text(answers.kind?.kind),
    subtype: text(answers.kind?.subtype),
    partners: partners.length ? partners.map((name) => ({ name })) : undefined,
  });
}

/**
 * The register entry a submitted evaluation writes: every basic the officer gave, the money, the
 * exit strategy, and the category and score the policy gave (DOMAIN.md "Evaluation"). Only
 * answered fields are set, so nothing already on the entry is blanked by an unanswered question.
 */
export function arrangementFromAnswers(answers: EvaluationAnswers, explanation: Explanation): Partial<Arrangement> {
  const b = answers.basics ?? {};
  const facts = factsFromAnswers(answers);
  const outcomes = [text(b.outcomes), text(b.measuresOfSuccess) && `Measures of success: ${text(b.measuresOfSuccess)}`].filter(Boolean).join("\n\n");
  const money = answers.money ?? {};
  const funding = [money.externalFunding !== undefined ? `External funding ${formatMoney(money.externalFunding)} a year` : undefined, text(money.notes)].filter(Boolean).join(". ");
  const exit = answers.exit ?? {};
  const exitText = [text(exit.how), text(exit.notice) && `Notice: ${text(exit.notice)}`, text(exit.liabilities) && `Liabilities: ${text(exit.liabilities)}`]
    .filter(Boolean)
    .join("\n");
  const contribution = typeof facts.councilResource === "number" ? facts.councilResource : councilResourceFrom(money);
  return defined({
    ...registerFieldsOfDraft(answers),
    category: explanation.category?.id,
    score: explanation.score?.percent,
    purpose: text(b.purpose),
    expectedOutcomes: outcomes || undefined,
    contributionToBusinessPlan: (b.corporateObjectives ?? []).map((o) => o.trim()).filter(Boolean).join("; ") || undefined,
    objectiveIds: b.objectiveIds?.length ? b.objectiveIds : undefined,
    leadOfficer: b.leadOfficer,
    sponsoringOfficer: b.sponsoringOfficer,
    directorateId: b.directorate,
    portfolioId: b.portfolio,
    startDate: isRealDate(b.startDate) ? b.startDate : undefined,
    plannedEndDate: isRealDate(b.plannedEndDate) ? b.plannedEndDate : undefined,
    legalForm: b.legalForm,
    legalPower: text(b.legalPower),
    leadPartner: text(b.leadPartner),
    accountableBody: text(b.accountableBody),
    memberInvolvement: typeof facts.memberInvolvement === "boolean" ? facts.memberInvolvement : undefined,
    statutory: typeof facts.statutory === "boolean" ? facts.statutory : undefined,
    publicFacing: typeof facts.publicFacing === "boolean" ? facts.publicFacing : undefined,
    councilContribution: contribution,
    fundingSources: funding || undefined,
    exitStrategy: exitText || undefined,
    exitInstigator: exit.instigator,
    policyPackId: explanation.pack.id,
    policyVersion: explanation.pack.version,
  });
}

/** The risks the officer assessed, as the arrangement's risk register starts (default framework 4.13). */
export function risksFromAnswers(answers: EvaluationAnswers, arrangementId: number, onCorporateRegister = false): Omit<Risk, "id" | "etag">[] {
  return (answers.risks ?? []).filter(isCompleteRisk).map((r) =>
    defined({
      title: r.title.trim().slice(0, 255),
      arrangementId,
      likelihood: r.likelihood!,
      impact: r.impact!,
      mitigation: text(r.mitigation),
      owner: r.owner,
      status: "open" as const,
      onCorporateRegister,
    }) as Omit<Risk, "id" | "etag">,
  );
}

/** The engine's working, frozen with the evaluation so a later policy change never rewrites it. */
export const reasonsOf = (explanation: Explanation): EvaluationReason[] =>
  explanation.reasons.map((r) => ({ rule: r.topic, text: r.text, cite: r.cite }));

/**
 * The basics step's answers as the register entry already has them, for an evaluation written
 * before the wizard (whose answers hold only facts and section texts): resuming it shows what the
 * register says rather than an empty page. Only fields the answers leave empty are taken.
 */
export function basicsFromArrangement(arrangement: Partial<Arrangement>, basics: EvaluationAnswers["basics"] = {}): NonNullable<EvaluationAnswers["basics"]> {
  const a = arrangement;
  const fromRegister = defined({
    name: a.name,
    partners: a.partners?.map((p) => p.name),
    purpose: a.purpose,
    outcomes: a.expectedOutcomes,
    objectiveIds: a.objectiveIds,
    leadOfficer: a.leadOfficer,
    sponsoringOfficer: a.sponsoringOfficer,
    directorate: a.directorateId,
    portfolio: a.portfolioId,
    startDate: a.startDate,
    plannedEndDate: a.plannedEndDate,
    legalForm: a.legalForm,
    legalPower: a.legalPower,
    leadPartner: a.leadPartner,
    accountableBody: a.accountableBody,
    memberInvolvement: a.memberInvolvement,
  });
  return { ...fromRegister, ...defined(basics ?? {}) };
}

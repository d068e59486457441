import { factsFromAnswers } from "../../domain/evaluation/answers-to-facts";
import { evaluationAnswersSchema, type EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import { coreFactsSchema, parseFacts } from "../../domain/facts/facts";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";

/**
 * The Evaluations list keeps the wizard's answers as JSON, with the facts they come to under
 * `facts`: the approvals code and the record page read `answers.facts` to work the category and
 * route out again (src/sharepoint/approvals/route-context.ts, src/domain/facts/record-facts.ts).
 * Facts are only stored when the pack accepts them, so those readers never meet a bad set.
 */
export function toStoredAnswers(answers: EvaluationAnswers, pack: PolicyPack): Record<string, unknown> {
  const facts = factsFromAnswers(answers);
  // A fact a newer pack dropped stays in the answers but not among the facts the pack judges.
  const kept = Object.fromEntries(Object.entries(facts).filter(([k]) => k in coreFactsSchema.shape || pack.facts.some((f) => f.id === k)));
  const parsed = facts.kind ? parseFacts(kept, pack) : undefined;
  return { ...answers, ...(parsed?.ok ? { facts: parsed.facts } : {}) };
}

export interface ReadAnswers {
  answers: EvaluationAnswers;
  /** "earlier": written before the wizard (facts and section texts only), so its basics are on the register entry. */
  shape: "wizard" | "earlier";
  /** Parts of the stored answers that could not be read (someone edited the JSON by hand). */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Evaluations written before the wizard (the demo council's, a migration's) keep the facts under
 * `facts` and each section's answer as text under its id. Read into the wizard's parts, so a draft
 * of that shape resumes with everything it said and its first save keeps it all.
 */
function fromEarlierShape(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const sections: Record<string, { text: string }> = {};
  // A section id may be a part's name too ("alternatives"): there it is text, not the part's object.
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") sections[key] = { text: value };
  }
  if (Object.keys(sections).length) out.sections = sections;
  // The alternatives step answers in its own box: show the earlier text there.
  if (typeof raw.alternatives === "string") out.alternatives = { text: raw.alternatives };
  const facts = raw.facts;
  if (isRecord(facts)) {
    const { kind, subtype, exclusions, scorecard, startDate, asOf: _asOf, ...stated } = facts;
    if (typeof kind === "string") out.kind = { kind, ...(typeof subtype === "string" ? { subtype } : {}) };
    if (Array.isArray(exclusions)) out.screening = { exclusions };
    const plain = Object.fromEntries(Object.entries(stated).filter(([, v]) => ["boolean", "number", "string"].includes(typeof v)));
    out.significance = { facts: plain, scorecard: isRecord(scorecard) ? scorecard : {} };
    if (typeof startDate === "string") out.basics = { startDate };
  }
  return out;
}

/**
 * The wizard's answers from the stored JSON, part by part: a part typed badly in SharePoint is
 * reported and left out, never guessed, and the rest still loads. Answers of the earlier shape are
 * read into the wizard's parts.
 */
export function fromStoredAnswers(stored: unknown): ReadAnswers {
  const given = isRecord(stored) ? stored : {};
  // The wizard's own answers carry `facts` too (derived, for other readers): never read them back.
  const wizardShaped = Object.entries(given).some(([k, v]) => k in evaluationAnswersSchema.shape && typeof v !== "string");
  const raw = wizardShaped ? given : fromEarlierShape(given);
  const answers: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, part] of Object.entries(evaluationAnswersSchema.shape)) {
    if (raw[key] === undefined) continue;
    const parsed = part.safeParse(raw[key]);
    if (parsed.success) answers[key] = parsed.data;
    else problems.push(`The saved "${key}" answers could not be read (${parsed.error.issues[0]?.message ?? "wrong shape"}); answer that step again.`);
  }
  return { answers: answers as EvaluationAnswers, shape: wizardShaped ? "wizard" : "earlier", problems };
}

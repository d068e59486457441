import type { SPFI } from "@pnp/sp";
import { registerFieldsOfDraft } from "../../domain/evaluation/answers-to-arrangement";
import { evaluationAnswersSchema } from "../../domain/evaluation/evaluation-answers";
import { DomainError } from "../../domain/errors";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { Arrangement } from "../../domain/records/arrangement";
import type { PersonRef } from "../../domain/records/person-ref";
import { ConcurrencyError } from "../errors/concurrency-error";
import { NotFoundError } from "../errors/not-found-error";
import { repositoryFor } from "../repositories";
import { EvaluationClosedError } from "./evaluation-errors";
import { requireProposalEditor } from "./require-proposal-editor";
import { toStoredAnswers } from "./stored-answers";

export interface SaveDraftInput {
  evaluationId: number;
  /** The ETag of the draft as the wizard last loaded or saved it. */
  etag: string;
  answers: unknown;
}

/** States in which the register entry still follows the draft (after submission it is the record's own). */
const followsDraft = new Set<Arrangement["status"]>(["proposed", "screening", "evaluation"]);

/**
 * Saves the wizard's answers as the draft (the autosave). A draft saved elsewhere since this one
 * was loaded throws ConcurrencyError naming who saved it and when — never a silent overwrite.
 * The register entry's name, kind and partners follow the draft, so the proposal is findable.
 */
export async function saveEvaluationDraft(sp: SPFI, input: SaveDraftInput, pack: PolicyPack, me: PersonRef): Promise<{ etag: string }> {
  const parsed = evaluationAnswersSchema.safeParse(input.answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("unreadable-answers", `The answers could not be saved: ${issue?.path.join(".") || "answers"} — ${issue?.message ?? "wrong shape"}. Nothing was changed.`);
  }
  const evaluations = repositoryFor(sp, "Evaluations");
  const current = await evaluations.getById(input.evaluationId, ["Arrangement", "Status", "Editor", "Modified"]);
  if (current.record.status !== "draft") {
    throw new EvaluationClosedError("This evaluation has already been submitted, so it can no longer be changed. Open the arrangement's record to see it.");
  }
  const arrangementId = current.record.arrangementId;
  if (arrangementId === undefined) throw NotFoundError.missing(`Evaluation #${input.evaluationId} names no arrangement, so it cannot be saved. Ask the Change Manager to link it in the Evaluations list.`);
  await requireProposalEditor(sp, arrangementId, me);
  const name = parsed.data.basics?.name?.trim();
  const saved = await evaluations.update(
    input.evaluationId,
    { answers: toStoredAnswers(parsed.data, pack), ...(name ? { title: `Evaluation: ${name}`.slice(0, 255) } : {}) },
    input.etag,
    me,
    { reason: "Evaluation draft saved" },
  );
  await keepRegisterInStep(sp, arrangementId, registerFieldsOfDraft(parsed.data), me);
  return { etag: saved.etag };
}

/**
 * Copies the draft's name, kind and partners to the register entry when they differ. Someone
 * else saving the entry at the same moment is not the officer's conflict: the draft is saved, so
 * the entry is read again and the copy retried once.
 */
async function keepRegisterInStep(sp: SPFI, arrangementId: number, fields: Partial<Arrangement>, me: PersonRef): Promise<void> {
  const partnerships = repositoryFor(sp, "Partnerships");
  for (let attempt = 1; ; attempt++) {
    const row = await partnerships.getById(arrangementId, ["Title", "Kind", "Subtype", "Partners", "Status"]);
    if (!row.record.status || !followsDraft.has(row.record.status)) return;
    const changes = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => JSON.stringify(row.record[k as keyof Arrangement]) !== JSON.stringify(v)),
    ) as Partial<Arrangement>;
    if (Object.keys(changes).length === 0) return;
    try {
      await partnerships.update(arrangementId, changes, row.etag, me, { reason: "Kept in step with the evaluation draft" });
      return;
    } catch (error) {
      if (!ConcurrencyError.is(error) || attempt >= 2) throw error;
    }
  }
}

import type { SPFI } from "@pnp/sp";
import type { EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { PersonRef } from "../../domain/records/person-ref";
import { repositoryFor } from "../repositories";
import { recordRepositoryFor } from "../record/record-repository";
import { MissingAnswersError } from "./evaluation-errors";
import { moveProposal, proposalContext } from "./proposal-lifecycle";
import { toStoredAnswers } from "./stored-answers";

export interface StartEvaluationInput {
  name: string;
  /** The kind, if the officer has already chosen one; the pack's first kind stands in until they do. */
  kind?: string;
}

/**
 * Puts a new proposal on the register and opens its evaluation draft (DOMAIN.md "Lifecycle":
 * proposed → screening). The officer starting it is its lead officer, which is what lets them
 * keep working on it; the pack's id and version are recorded with both.
 */
export async function startEvaluation(
  sp: SPFI,
  input: StartEvaluationInput,
  pack: PolicyPack,
  me: PersonRef,
): Promise<{ arrangementId: number; evaluationId: number; etag: string }> {
  const name = input.name.trim().slice(0, 255);
  if (!name) throw new MissingAnswersError([{ stepId: "basics", field: "basics.name", message: "Give the arrangement a name." }]);
  const chosen = input.kind && pack.kinds.some((k) => k.id === input.kind) ? input.kind : undefined;
  const moved = moveProposal(proposalContext(pack, { state: "proposed" }), { type: "start-screening" });
  if (!moved.ok) throw moved.error;
  const reason = "Proposal started in the evaluation wizard";
  const arrangement = await recordRepositoryFor(sp, "Partnerships").add(
    {
      name,
      // The Partnerships list needs a kind from the first save; the wizard's kind step replaces it.
      kind: chosen ?? pack.kinds[0]!.id,
      status: moved.state,
      statusReason: "Being screened and evaluated in the evaluation wizard.",
      leadOfficer: me,
      policyPackId: pack.id,
      policyVersion: pack.version,
    },
    me,
    { reason },
  );
  const answers: EvaluationAnswers = { basics: { name, leadOfficer: me }, ...(chosen ? { kind: { kind: chosen } } : {}) };
  const evaluation = await repositoryFor(sp, "Evaluations").add(
    { title: `Evaluation: ${name}`, arrangementId: arrangement.id, status: "draft", answers: toStoredAnswers(answers, pack), policyPackId: pack.id, policyVersion: pack.version },
    me,
    { reason },
  );
  return { arrangementId: arrangement.id, evaluationId: evaluation.id, etag: evaluation.etag };
}

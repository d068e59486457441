import type { SPFI } from "@pnp/sp";
import { DomainError } from "../../domain/errors";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { PersonRef } from "../../domain/records/person-ref";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { evaluationColumns, evaluationView } from "./read-evaluation";
import { requireProposalEditor } from "./require-proposal-editor";
import { toStoredAnswers } from "./stored-answers";

/**
 * A new draft for an arrangement sent back for changes (an approver or statutory officer asked
 * for them, so it is in "evaluation" again): the last submitted answers, copied, for the officer to
 * change and submit afresh. The submitted evaluation stays as it was — history is never rewritten —
 * and the resubmission gets a route of its own. An open draft is answered as it is; a proposal whose
 * start was cut short before its draft was saved gets an empty one.
 */
export async function reopenEvaluation(sp: SPFI, arrangementId: number, pack: PolicyPack, me: PersonRef): Promise<{ evaluationId: number; etag: string }> {
  const [arrangement, latest] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).getById(arrangementId),
    (b) => repositoryFor(sp, "Evaluations").within(b).query({ filter: eq("ArrangementId", arrangementId), orderBy: [{ field: "Id", ascending: false }], select: evaluationColumns, limit: 1 }),
  ] as const);
  const last = latest[0];
  if (last?.record.status === "draft") return { evaluationId: last.id, etag: last.etag };
  // Sent back for changes; or a proposal whose first draft was never created (its start was cut short).
  const reopenable = arrangement.record.status === "evaluation" || (!last && (arrangement.record.status === "proposed" || arrangement.record.status === "screening"));
  if (!reopenable) {
    throw new DomainError("not-reopenable", "This arrangement is not waiting for changes to its evaluation, so it cannot be evaluated again now.");
  }
  await requireProposalEditor(sp, arrangementId, me);
  // An evaluation stored before the wizard's shape carries no basics; the register entry supplies them.
  const submitted = last ? evaluationView(last, arrangement.record).answers : {};
  // It was submitted, so it passed screening and had a kind: the officer is not asked those again.
  const answers =
    last && arrangement.record.status === "evaluation"
      ? {
          ...submitted,
          screening: submitted.screening?.exclusions.length ? submitted.screening : { exclusions: [], confirmedNone: true },
          // Every step was seen before it was submitted; the review page lists what the changes need.
          stepReached: "review" as const,
          kind: submitted.kind?.kind ? submitted.kind : { kind: arrangement.record.kind, ...(arrangement.record.subtype ? { subtype: arrangement.record.subtype } : {}) },
        }
      : submitted;
  const name = arrangement.record.name ?? answers.basics?.name ?? `Arrangement #${arrangementId}`;
  const created = await repositoryFor(sp, "Evaluations").add(
    { title: `Evaluation: ${name}`.slice(0, 255), arrangementId, status: "draft", answers: toStoredAnswers(answers, pack), policyPackId: pack.id, policyVersion: pack.version },
    me,
    { reason: "Evaluation reopened to make the changes asked for" },
  );
  return { evaluationId: created.id, etag: created.etag };
}

import type { SPFI } from "@pnp/sp";
import { planWizard, type ScreenedOut } from "../../domain/evaluation/wizard-steps";
import { DomainError } from "../../domain/errors";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { PersonRef } from "../../domain/records/person-ref";
import { ConcurrencyError } from "../errors/concurrency-error";
import { latestChangeOf } from "../latest-change";
import { repositoryFor } from "../repositories";
import { siteToday } from "../roles/site-today";
import { EvaluationClosedError } from "./evaluation-errors";
import { moveProposal, proposalContext } from "./proposal-lifecycle";
import { evaluationColumns, evaluationView } from "./read-evaluation";
import { requireProposalEditor } from "./require-proposal-editor";
import { toStoredAnswers } from "./stored-answers";

export interface ScreenOutResult {
  arrangementId: number;
  /** The exclusion that applied and what applies instead (a contract, a grant…). */
  screenedOut: ScreenedOut;
  /** The words kept on the register entry as the reason. */
  statusReason: string;
}

/**
 * Records a proposal the screening found not to be a partnership (joint-working code 2.3; partnership protocol 2.2):
 * the register entry becomes "screened out" with the exclusion and what applies instead, and the
 * evaluation is closed with that as its outcome. Both writes carry their audit entries.
 */
export async function screenOutProposal(
  sp: SPFI,
  input: { evaluationId: number; etag: string },
  pack: PolicyPack,
  me: PersonRef,
  now: Date = new Date(),
): Promise<ScreenOutResult> {
  const evaluations = repositoryFor(sp, "Evaluations");
  const row = await evaluations.getById(input.evaluationId, evaluationColumns);
  const evaluation = evaluationView(row);
  if (evaluation.status !== "draft") throw new EvaluationClosedError("This evaluation has already been closed, so the proposal cannot be screened out from it.");
  if (row.etag !== input.etag) throw ConcurrencyError.fromLatest("evaluation", latestChangeOf(row.raw));
  const plan = planWizard(pack, evaluation.answers, siteToday(now));
  const out = plan.screenedOut;
  if (!out) {
    throw new DomainError("not-screened-out", "None of the screening exclusions is ticked, so there is no reason to record for screening this proposal out.");
  }
  const partnerships = repositoryFor(sp, "Partnerships");
  const arrangement = await partnerships.getById(evaluation.arrangementId, ["Title", "Status"]);
  const statusReason = `Screened out: ${out.label}. This is not a partnership; ${out.alternative} (${out.cite}).`;
  const moved = moveProposal(proposalContext(pack, { state: arrangement.record.status ?? "proposed" }), { type: "screen-out", reason: statusReason });
  if (!moved.ok) throw moved.error;
  await requireProposalEditor(sp, evaluation.arrangementId, me);

  const reason = `Screened out in the evaluation wizard: ${out.label}`.slice(0, 255);
  await evaluations.update(
    input.evaluationId,
    {
      status: "submitted",
      answers: toStoredAnswers(evaluation.answers, pack),
      policyPackId: pack.id,
      policyVersion: pack.version,
      reasons: [{ rule: "screening", text: `Screened out: ${out.label} — this is not a partnership; ${out.alternative}`, cite: out.cite }],
      submittedBy: me,
      submittedAt: now.toISOString(),
    },
    input.etag,
    me,
    { reason },
  );
  await partnerships.update(evaluation.arrangementId, { status: moved.state, statusReason }, arrangement.etag, me, { reason });
  return { arrangementId: evaluation.arrangementId, screenedOut: out, statusReason };
}

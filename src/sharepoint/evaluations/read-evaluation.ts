import type { SPFI } from "@pnp/sp";
import type { EvaluationAnswers } from "../../domain/evaluation/evaluation-answers";
import type { Arrangement } from "../../domain/records/arrangement";
import type { Evaluation } from "../../domain/records/evaluation";
import type { PersonRef } from "../../domain/records/person-ref";
import { latestChangeOf } from "../latest-change";
import { eq } from "../odata";
import { NotFoundError } from "../errors/not-found-error";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import { basicsFromArrangement } from "../../domain/evaluation/answers-to-arrangement";
import { fromStoredAnswers } from "./stored-answers";

/** One evaluation as the wizard works with it: the answers parsed, the frozen outcome if submitted. */
export interface EvaluationView {
  id: number;
  arrangementId: number;
  title: string;
  status: Evaluation["status"];
  answers: EvaluationAnswers;
  /** Parts of the saved answers that could not be read, in plain words. */
  problems: string[];
  policyPackId?: string;
  policyVersion?: string;
  category?: string;
  score?: number;
  reasons?: Evaluation["reasons"];
  submittedBy?: PersonRef;
  submittedAt?: string;
  /** Who saved it last and when (SharePoint's Editor and Modified). */
  modifiedBy?: PersonRef;
  modified?: string;
}

export const evaluationColumns = ["Title", "Arrangement", "Status", "Answers", "PolicyPackId", "PolicyVersion", "Category", "Score", "Reasons", "SubmittedBy", "SubmittedAt", "Editor", "Modified"] as const;

/** The evaluation as the wizard works with it; one that names no arrangement cannot be worked on. */
export function evaluationView(row: ListRow<Evaluation>, arrangement?: Partial<Arrangement>): EvaluationView {
  const r = row.record;
  if (r.arrangementId === undefined) throw NotFoundError.missing(`Evaluation #${row.id} names no arrangement, so it cannot be opened. Ask the Change Manager to link it in the Evaluations list.`);
  const { answers: stored, shape, problems } = fromStoredAnswers(r.answers);
  const answers = shape === "earlier" && arrangement ? { ...stored, basics: basicsFromArrangement(arrangement, stored.basics) } : stored;
  const latest = latestChangeOf(row.raw);
  return {
    id: row.id,
    arrangementId: r.arrangementId,
    title: r.title ?? "",
    status: r.status ?? "draft",
    answers,
    problems: [...row.problems.map((p) => p.message), ...problems],
    ...(r.policyPackId ? { policyPackId: r.policyPackId } : {}),
    ...(r.policyVersion ? { policyVersion: r.policyVersion } : {}),
    ...(r.category ? { category: r.category } : {}),
    ...(r.score !== undefined ? { score: r.score } : {}),
    ...(r.reasons ? { reasons: r.reasons } : {}),
    ...(r.submittedBy ? { submittedBy: r.submittedBy } : {}),
    ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}),
    ...(latest.changedBy ? { modifiedBy: latest.changedBy } : {}),
    ...(latest.changedAt ? { modified: latest.changedAt } : {}),
  };
}

/** The arrangement's latest draft evaluation, to resume; null when it has none. */
export async function readEvaluationDraft(sp: SPFI, arrangementId: number): Promise<{ evaluation: EvaluationView; etag: string } | null> {
  const [row] = await repositoryFor(sp, "Evaluations").query({
    filter: eq("ArrangementId", arrangementId),
    orderBy: [{ field: "Id", ascending: false }],
    select: evaluationColumns,
  });
  // Only the newest evaluation can be a live draft: an older one was superseded or submitted.
  if (!row || row.record.status !== "draft") return null;
  if (fromStoredAnswers(row.record.answers).shape === "earlier") {
    const arrangement = await repositoryFor(sp, "Partnerships").getById(arrangementId);
    return { evaluation: evaluationView(row, arrangement.record), etag: row.etag };
  }
  return { evaluation: evaluationView(row), etag: row.etag };
}

/** One evaluation with the arrangement it evaluates (the register entry the wizard keeps in step). */
export async function readEvaluation(
  sp: SPFI,
  evaluationId: number,
): Promise<{ evaluation: EvaluationView; etag: string; arrangement: ListRow<Arrangement> }> {
  const row = await repositoryFor(sp, "Evaluations").getById(evaluationId, evaluationColumns);
  const arrangementId = evaluationView(row).arrangementId;
  const arrangement = await repositoryFor(sp, "Partnerships").getById(arrangementId);
  return { evaluation: evaluationView(row, arrangement.record), etag: row.etag, arrangement };
}

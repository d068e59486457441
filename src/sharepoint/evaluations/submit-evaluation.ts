import type { SPFI } from "@pnp/sp";
import { arrangementFromAnswers, reasonsOf, risksFromAnswers } from "../../domain/evaluation/answers-to-arrangement";
import { factsFromAnswers } from "../../domain/evaluation/answers-to-facts";
import { findMissing } from "../../domain/evaluation/find-missing";
import { explainAnswers } from "../../domain/evaluation/wizard-steps";
import { PolicyError } from "../../domain/errors";
import type { LifecycleState } from "../../domain/lifecycle/states";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import type { ApprovalStage } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { PersonRef } from "../../domain/records/person-ref";
import { firstReviewDue } from "../approvals/first-review-due";
import { ConcurrencyError } from "../errors/concurrency-error";
import { SharePointError } from "../errors/sharepoint-error";
import { latestChangeOf } from "../latest-change";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { EvaluationClosedError, MissingAnswersError, RoleGapError } from "./evaluation-errors";
import { moveProposal, proposalContext } from "./proposal-lifecycle";
import { evaluationColumns, evaluationView } from "./read-evaluation";
import { requireProposalEditor } from "./require-proposal-editor";
import { resolveRoute } from "./resolve-route";
import { toStoredAnswers } from "./stored-answers";

export interface SubmitInput {
  evaluationId: number;
  /** The ETag of the draft as the wizard last loaded or saved it. */
  etag: string;
}

/** One approval stage created for the route, as written to the ApprovalStages list. */
export interface CreatedStage {
  id: number;
  order: number;
  type: ApprovalStage["type"];
  label: string;
  roles: string[];
  assignees: PersonRef[];
  status: ApprovalStage["status"];
  /** Set on the stage(s) open now: their cards go out (the bot's notify endpoint, topic "approvals"). */
  requestedAt?: string;
}

export interface SubmitResult {
  arrangementId: number;
  evaluationId: number;
  /** The arrangement's state after submission (awaiting opinions, awaiting approval, or active). */
  state: LifecycleState;
  stages: CreatedStage[];
  /** Ids of the stages now waiting for people: tell the bot so their cards go out. */
  opened: number[];
  /** Ids of inform stages reached at once (their people are told; nothing is asked of them). */
  informed: number[];
  /** Ids of the risks written to the Risks list. */
  riskIds: number[];
}

/**
 * Submits an evaluation (DOMAIN.md "Evaluation"; issue 5 "On submit"): the answers are checked
 * again (MissingAnswersError), every role of the approval route is resolved to the people holding
 * it for this arrangement (RoleGapError naming any role nobody holds), and the lifecycle must
 * accept the submission (LifecycleError, e.g. an exit strategy the policy requires). Only then is
 * anything written, the frozen evaluation first — its ETag is the officer's, so a draft changed
 * elsewhere stops everything with ConcurrencyError — then the register entry with its new state,
 * the route's ApprovalStages (the first stage open, later ones waiting) and the risks. Every write
 * carries its audit entry.
 */
export async function submitEvaluation(
  sp: SPFI,
  input: SubmitInput,
  pack: PolicyPack,
  me: PersonRef,
  today: string,
  now: Date = new Date(),
): Promise<SubmitResult> {
  const evaluations = repositoryFor(sp, "Evaluations");
  const row = await evaluations.getById(input.evaluationId, evaluationColumns);
  const evaluation = evaluationView(row);
  if (evaluation.status !== "draft") {
    throw new EvaluationClosedError("This evaluation has already been submitted; its approval route is on the arrangement's record.");
  }
  if (row.etag !== input.etag) throw ConcurrencyError.fromLatest("evaluation", latestChangeOf(row.raw));
  const arrangementId = evaluation.arrangementId;
  await requireProposalEditor(sp, arrangementId, me);

  const [arrangement, holders, portfolios, directorates] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).getById(arrangementId),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Portfolio", "Directorate", "Delegate", "ActiveFrom", "ActiveTo"] }),
    (b) => repositoryFor(sp, "Portfolios").within(b).query({ select: ["Title"] }),
    (b) => repositoryFor(sp, "Directorates").within(b).query({ select: ["Title"] }),
  ] as const);
  // Read with the register entry: a draft written before the wizard takes its basics from there.
  const answers = evaluationView(row, arrangement.record).answers;
  const missing = findMissing(pack, answers, today);
  if (missing.length > 0) throw new MissingAnswersError(missing);
  const { explanation, problem } = explainAnswers(pack, answers, today);
  if (!explanation) throw new PolicyError("no-explanation", problem ?? `${pack.name} could not judge these answers.`);

  const scope = { ...(answers.basics?.portfolio !== undefined ? { portfolioId: answers.basics.portfolio } : {}), ...(answers.basics?.directorate !== undefined ? { directorateId: answers.basics.directorate } : {}) };
  const resolved = resolveRoute(pack, explanation.route, { holders, portfolios, directorates }, scope, today);
  if (resolved.gaps.length > 0) throw new RoleGapError(resolved.gaps);

  const fields = arrangementFromAnswers(answers, explanation);
  const instigator = answers.exit?.instigator;
  const moved = moveProposal(
    proposalContext(pack, {
      state: arrangement.record.status ?? "proposed",
      route: explanation.route,
      exitStrategy: {
        required: explanation.requirements.exitStrategy.required,
        ...(explanation.requirements.exitStrategy.cite ? { cite: explanation.requirements.exitStrategy.cite } : {}),
        ...(fields.exitStrategy ? { text: fields.exitStrategy } : {}),
        ...(instigator ? { instigatedBy: instigator.title ?? `person #${instigator.id}` } : {}),
      },
    }),
    { type: "submit-evaluation" },
  );
  if (!moved.ok) throw moved.error;

  const at = now.toISOString();
  const who = me.title ?? `Person #${me.id}`;
  const reason = `Evaluation submitted by ${who}`;
  const category = explanation.category;
  await evaluations.update(
    input.evaluationId,
    {
      status: "submitted",
      answers: toStoredAnswers(answers, pack),
      policyPackId: explanation.pack.id,
      policyVersion: explanation.pack.version,
      ...(category ? { category: category.id } : {}),
      ...(explanation.score ? { score: explanation.score.percent } : {}),
      reasons: reasonsOf(explanation),
      submittedBy: me,
      submittedAt: at,
    },
    input.etag,
    me,
    { reason },
  );

  // From here the evaluation is frozen: what follows completes the submission it recorded.
  const opened = new Set(moved.effects.flatMap((e) => (e.type === "open-stage" ? [e.stage] : [])));
  const stageRecords = resolved.stages.map(({ stage, assignees }, i): Omit<ApprovalStage, "id" | "etag"> => {
    const status = moved.context.stages[i]?.status === "noted" ? "noted" : "pending";
    return {
      label: stage.label.slice(0, 255),
      arrangementId,
      evaluationId: input.evaluationId,
      order: i + 1,
      type: stage.type,
      roles: [...stage.roles],
      assignees,
      status,
      routePurpose: "entry",
      ...(opened.has(i) || status === "noted" ? { requestedAt: at } : {}),
      ...(status === "noted" ? { decidedAt: at } : {}),
    };
  });
  const changes: Partial<Arrangement> = { ...fields, status: moved.state, statusReason: statusReasonFor(moved.state, who, explanation.route.find((_, i) => opened.has(i))?.label) };
  if (moved.state === "active") {
    const due = firstReviewDue(pack, factsFromAnswers(answers), category?.id ?? null, fields.startDate, today);
    if (due) changes.nextReviewDue = due;
  }
  const stagesRepo = repositoryFor(sp, "ApprovalStages");
  const risksRepo = repositoryFor(sp, "Risks");
  const risks = risksFromAnswers(answers, arrangementId);
  const settled = await Promise.allSettled([
    updateArrangement(sp, arrangementId, arrangement.etag, changes, me, reason),
    ...stageRecords.map((record) => stagesRepo.add(record, me, { reason })),
    ...risks.map((record) => risksRepo.add(record, me, { reason: `Risk assessed in the evaluation, submitted by ${who}` })),
  ]);
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed.length > 0) {
    const why = failed.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join(" ");
    throw SharePointError.failed(
      `The evaluation was submitted, but setting up its approval route did not finish: ${why} Nothing will be sent for approval until it is complete: tell the Change Manager, who can add the missing stages in the ApprovalStages list.`,
      undefined,
      undefined,
      undefined,
      failed[0]?.reason,
    );
  }
  const ids = settled.slice(1).map((s) => (s as PromiseFulfilledResult<{ id: number }>).value.id);
  const stages: CreatedStage[] = stageRecords.map((r, i) => ({
    id: ids[i]!,
    order: r.order,
    type: r.type,
    label: r.label,
    roles: r.roles,
    assignees: r.assignees ?? [],
    status: r.status,
    ...(r.requestedAt ? { requestedAt: r.requestedAt } : {}),
  }));
  return {
    arrangementId,
    evaluationId: input.evaluationId,
    state: moved.state,
    stages,
    opened: stages.filter((_, i) => opened.has(i)).map((s) => s.id),
    informed: stages.filter((s) => s.status === "noted").map((s) => s.id),
    riskIds: ids.slice(stageRecords.length),
  };
}

function statusReasonFor(state: LifecycleState, who: string, openLabel: string | undefined): string {
  if (state === "active") return `Evaluation submitted by ${who}; the policy asks for no approval, so it is active.`;
  return `Evaluation submitted by ${who}${openLabel ? `; waiting for: ${openLabel}` : ""}.`;
}

/**
 * The register entry takes the evaluation's answers and its new state. It was read moments ago;
 * if someone saved it in between, it is read again and the same changes applied once more, since
 * the submission (already recorded) must not be lost to an unrelated edit.
 */
async function updateArrangement(sp: SPFI, id: number, etag: string, changes: Partial<Arrangement>, me: PersonRef, reason: string) {
  const partnerships = repositoryFor(sp, "Partnerships");
  try {
    return await partnerships.update(id, changes, etag, me, { reason });
  } catch (error) {
    if (!ConcurrencyError.is(error)) throw error;
    const fresh = await partnerships.getById(id, ["Title"]);
    return partnerships.update(id, changes, fresh.etag, me, { reason });
  }
}

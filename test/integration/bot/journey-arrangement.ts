import type { ApprovalStage } from "../../../src/domain/records/approval-stage";
import type { LifecycleState } from "../../../src/domain/lifecycle/states";
import { eq } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import type { createSp } from "../../../src/sharepoint/create-sp";

type Sp = ReturnType<typeof createSp>;

export interface Journey {
  arrangementId: number;
  name: string;
  /** Stage ids in route order. */
  stages: { id: number; type: ApprovalStage["type"]; assignees: number[] }[];
}

/**
 * A fresh arrangement to decide on, copied from the demo's gravesham significant partnership
 * awaiting opinions (found by kind, category and state, not by id): the same facts, evaluation
 * and route, with every stage pending and nothing decided, so each test starts from the beginning.
 */
export async function freshSignificantPartnership(sp: Sp, label: string, as: { id: number; title: string }, state: LifecycleState = "awaiting-opinions"): Promise<Journey> {
  const partnerships = repositoryFor(sp, "Partnerships");
  const candidates = await partnerships.query({ filter: eq("Status", "awaiting-opinions") });
  const source = candidates.find((r) => r.record.kind === "partnership" && r.record.category === "significant");
  if (!source) throw new Error("the demo council has no significant partnership awaiting opinions");
  const { id: _id, etag: _etag, ...record } = source.record;
  const name = `${label}: ${record.name}`;
  const created = await partnerships.add({ ...record, name, status: state }, as);
  const under = eq("ArrangementId", source.id);
  const [evaluation] = await repositoryFor(sp, "Evaluations").query({ filter: under, orderBy: [{ field: "Id", ascending: false }], limit: 1 });
  let evaluationId: number | undefined;
  if (evaluation) {
    const { id: _e, etag: _t, ...copy } = evaluation.record;
    evaluationId = (await repositoryFor(sp, "Evaluations").add({ ...copy, arrangementId: created.id, title: `Evaluation: ${name}` }, as)).id;
  }
  const stages = await repositoryFor(sp, "ApprovalStages").query({ filter: under, orderBy: [{ field: "StageOrder" }] });
  const out: Journey["stages"] = [];
  for (const stage of stages) {
    const { label: stageLabel, order, type, roles, assignees } = stage.record;
    const first = order === 1;
    const { id } = await repositoryFor(sp, "ApprovalStages").add(
      { label: stageLabel, order, type, roles, assignees, arrangementId: created.id, ...(evaluationId ? { evaluationId } : {}), status: "pending", ...(first ? { requestedAt: new Date(Date.now() - 9 * 86_400_000).toISOString() } : {}) },
      as,
    );
    out.push({ id, type: type ?? "approval", assignees: (assignees ?? []).map((p) => p.id) });
  }
  return { arrangementId: created.id, name, stages: out };
}

import type { SPFI } from "@pnp/sp";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { riskScore, type Risk } from "../../domain/records/risk";
import { NotFoundError } from "../errors/not-found-error";
import { eq } from "../odata";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";
import { currentRound, type StageContext } from "./stage-context";

export interface ReadStageContextOptions {
  /**
   * The arrangement the card says the stage belongs to. Only a hint that lets every read go in ONE
   * `$batch`: the stage read in that batch is checked against it, and a wrong hint costs a second
   * round trip, never a wrong answer.
   */
  arrangementHint?: number;
  /** How many open risks a card shows. */
  topRiskCount?: number;
}

const topRisksOf = (risks: ListRow<Risk>[], count: number): ListRow<Risk>[] =>
  risks
    .filter((r) => r.record.status === undefined || r.record.status === "open")
    .sort((a, b) => riskScore(b.record as Risk) - riskScore(a.record as Risk))
    .slice(0, count);

/** The stage, its arrangement, its route, opinions, top risks, role holders, the pack and conversations. */
export async function readStageContext(sp: SPFI, stageId: number, options: ReadStageContextOptions = {}): Promise<StageContext> {
  let arrangementId = options.arrangementHint;
  if (arrangementId === undefined || !Number.isInteger(arrangementId) || arrangementId <= 0) {
    arrangementId = (await repositoryFor(sp, "ApprovalStages").getById(stageId, ["Arrangement"])).record.arrangementId;
    if (arrangementId === undefined) throw NotFoundError.missing(`Approval stage #${stageId} names no arrangement, so it cannot be decided.`);
  }
  const context = await readAll(sp, stageId, arrangementId, options.topRiskCount ?? 3);
  if (context.stage.record.arrangementId === arrangementId) return context;
  const actual = context.stage.record.arrangementId;
  if (actual === undefined) throw NotFoundError.missing(`Approval stage #${stageId} names no arrangement, so it cannot be decided.`);
  return readAll(sp, stageId, actual, options.topRiskCount ?? 3);
}

async function readAll(sp: SPFI, stageId: number, arrangementId: number, topRiskCount: number): Promise<StageContext> {
  const under = eq("ArrangementId", arrangementId);
  const stages = repositoryFor(sp, "ApprovalStages");
  const [stage, arrangement, allStages, opinions, risks, holders, evaluations, policy, conversations, exits] = await readTogether(sp, [
    (b) => stages.within(b).getById(stageId),
    (b) => repositoryFor(sp, "Partnerships").within(b).getById(arrangementId),
    (b) => stages.within(b).query({ filter: under, orderBy: [{ field: "StageOrder" }] }),
    (b) => repositoryFor(sp, "Opinions").within(b).query({ filter: under, orderBy: [{ field: "Id" }] }),
    (b) => repositoryFor(sp, "Risks").within(b).query({ filter: under, select: ["Title", "Likelihood", "Impact", "Status", "Mitigation"] }),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "Portfolio", "Directorate", "ActiveFrom", "ActiveTo"] }),
    (b) => repositoryFor(sp, "Evaluations").within(b).query({ filter: under, orderBy: [{ field: "Id", ascending: false }], select: ["Title", "Status", "Answers", "Category", "Reasons", "PolicyPackId", "PolicyVersion"], limit: 1 }),
    (b) => readActivePolicy(b),
    (b) => repositoryFor(sp, "Conversations").within(b).query({ select: ["Title", "Person", "ConversationId", "ServiceUrl", "UserId", "TenantId"] }),
    (b) => repositoryFor(sp, "Exits").within(b).query({ filter: under, orderBy: [{ field: "Id" }] }),
  ] as const);
  const evaluation = evaluations[0];
  const exit = stage.record.exitId !== undefined ? exits.find((e) => e.id === stage.record.exitId) : undefined;
  return {
    stage,
    arrangement,
    route: currentRound(allStages, stage),
    opinions,
    topRisks: topRisksOf(risks, topRiskCount),
    holders,
    ...(evaluation ? { evaluation } : {}),
    pack: policy.pack as PolicyPack,
    conversations,
    ...(exit ? { exit } : {}),
  };
}

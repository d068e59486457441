import type { SPFI } from "@pnp/sp";
import type { ApprovalStage } from "../../domain/records/approval-stage";
import type { Arrangement } from "../../domain/records/arrangement";
import type { BudgetFigure } from "../../domain/records/budget-figure";
import type { Evaluation } from "../../domain/records/evaluation";
import type { Exit } from "../../domain/records/exit";
import type { InterestDeclaration } from "../../domain/records/interest-declaration";
import type { PerformanceMeasure } from "../../domain/records/performance-measure";
import type { CorporateObjective } from "../../domain/records/reference-data";
import type { Representative } from "../../domain/records/representative";
import type { Review } from "../../domain/records/review";
import type { Risk } from "../../domain/records/risk";
import type { RoleHolder } from "../../domain/records/role-holder";
import type { StatutoryOpinion } from "../../domain/records/statutory-opinion";
import { latestChangeOf, type LatestChange } from "../latest-change";
import { eq } from "../odata";
import { readTogether } from "../read-together";
import type { ListRow } from "../read-row";
import { repositoryFor } from "../repositories";

/** Everything the partnership record shows, read together. */
export interface ArrangementRecord {
  arrangement: ListRow<Arrangement>;
  /** Who saved the arrangement last and when (SharePoint's Editor and Modified). */
  lastChange: LatestChange;
  directorateName?: string;
  portfolioName?: string;
  objectives: ListRow<CorporateObjective>[];
  evaluations: ListRow<Evaluation>[];
  risks: ListRow<Risk>[];
  measures: ListRow<PerformanceMeasure>[];
  budget: ListRow<BudgetFigure>[];
  representatives: ListRow<Representative>[];
  interests: ListRow<InterestDeclaration>[];
  reviews: ListRow<Review>[];
  stages: ListRow<ApprovalStage>[];
  opinions: ListRow<StatutoryOpinion>[];
  exits: ListRow<Exit>[];
  /** Every role holder: names for the roles on the route, and who is Change Manager. */
  roleHolders: ListRow<RoleHolder>[];
}

const lookupTitle = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && typeof (value as { Title?: unknown }).Title === "string" ? (value as { Title: string }).Title : undefined;

/**
 * One arrangement and all its children in ONE `$batch` round trip (DESIGN.md "Data"). Child lists
 * are filtered on their indexed Arrangement lookup, so a register past 5,000 rows still answers.
 * The audit trail is not here: it is read when its tab is opened (read-record-audit-trail.ts).
 */
export async function readArrangementRecord(sp: SPFI, id: number): Promise<ArrangementRecord> {
  const under = eq("ArrangementId", id);
  const byId = [{ field: "Id" }];
  const definition = repositoryFor(sp, "Partnerships").definition;
  const [arrangement, objectives, evaluations, risks, measures, budget, representatives, interests, reviews, stages, opinions, exits, roleHolders] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).getById(id, [...definition.fields.map((f) => f.internalName), "Editor", "Modified"]),
    (b) => repositoryFor(sp, "Objectives").within(b).query({ select: ["Title"] }),
    (b) => repositoryFor(sp, "Evaluations").within(b).query({ filter: under, orderBy: [{ field: "Id", ascending: false }] }),
    (b) => repositoryFor(sp, "Risks").within(b).query({ filter: under, orderBy: byId }),
    (b) => repositoryFor(sp, "Measures").within(b).query({ filter: under, orderBy: byId }),
    (b) => repositoryFor(sp, "BudgetFigures").within(b).query({ filter: under, orderBy: [{ field: "Title" }, { field: "Quarter" }] }),
    (b) => repositoryFor(sp, "Representatives").within(b).query({ filter: under, orderBy: byId }),
    (b) => repositoryFor(sp, "Interests").within(b).query({ filter: under, orderBy: byId }),
    (b) => repositoryFor(sp, "Reviews").within(b).query({ filter: under, orderBy: [{ field: "DueDate" }] }),
    (b) => repositoryFor(sp, "ApprovalStages").within(b).query({ filter: under, orderBy: [{ field: "StageOrder" }] }),
    (b) => repositoryFor(sp, "Opinions").within(b).query({ filter: under, orderBy: byId }),
    (b) => repositoryFor(sp, "Exits").within(b).query({ filter: under, orderBy: byId }),
    (b) => repositoryFor(sp, "RoleHolders").within(b).query({ select: ["Title", "Person", "Delegate", "Portfolio", "Directorate", "ActiveFrom", "ActiveTo"] }),
  ] as const);
  const directorateName = lookupTitle(arrangement.raw.Directorate);
  const portfolioName = lookupTitle(arrangement.raw.Portfolio);
  return {
    arrangement,
    lastChange: latestChangeOf(arrangement.raw),
    ...(directorateName ? { directorateName } : {}),
    ...(portfolioName ? { portfolioName } : {}),
    objectives,
    evaluations,
    risks,
    measures,
    budget,
    representatives,
    interests,
    reviews,
    stages,
    opinions,
    exits,
    roleHolders,
  };
}

import type { ApprovalStage } from "../domain/records/approval-stage";
import type { Arrangement } from "../domain/records/arrangement";
import type { AuditEntry } from "../domain/records/audit-entry";
import type { BudgetFigure } from "../domain/records/budget-figure";
import type { Evaluation } from "../domain/records/evaluation";
import type { Exit } from "../domain/records/exit";
import type { InterestDeclaration } from "../domain/records/interest-declaration";
import type { PerformanceMeasure } from "../domain/records/performance-measure";
import type { CorporateObjective, Directorate, Portfolio } from "../domain/records/reference-data";
import type { Representative } from "../domain/records/representative";
import type { Review } from "../domain/records/review";
import type { Risk } from "../domain/records/risk";
import type { RoleHolder } from "../domain/records/role-holder";
import type { StatutoryOpinion } from "../domain/records/statutory-opinion";
import type { DemoRow } from "./links";
import type { DemoListTitle } from "./list-titles";
import type { DemoPerson } from "./people";

/**
 * Northbrook Borough Council as plain data. Properties after `people` are in the order the
 * lists must be written (see `demoListOrder`); `people` are site users, which exist first.
 */
export interface DemoCouncil {
  today: string;
  policyPackId: string;
  policyVersion: string;
  people: readonly DemoPerson[];
  portfolios: DemoRow<Portfolio>[];
  directorates: DemoRow<Directorate>[];
  objectives: DemoRow<CorporateObjective>[];
  roleHolders: DemoRow<RoleHolder>[];
  arrangements: DemoRow<Arrangement>[];
  evaluations: DemoRow<Evaluation>[];
  exits: DemoRow<Exit>[];
  approvalStages: DemoRow<ApprovalStage>[];
  opinions: DemoRow<StatutoryOpinion>[];
  risks: DemoRow<Risk>[];
  measures: DemoRow<PerformanceMeasure>[];
  budgetFigures: DemoRow<BudgetFigure>[];
  reviews: DemoRow<Review>[];
  representatives: DemoRow<Representative>[];
  interests: DemoRow<InterestDeclaration>[];
  auditEntries: DemoRow<AuditEntry>[];
}

export type DemoListProperty = Exclude<keyof DemoCouncil, "today" | "policyPackId" | "policyVersion" | "people">;

/** Which property of the demo fills which list, in write order. */
export const demoListOrder: readonly { list: DemoListTitle; property: DemoListProperty }[] = [
  { list: "Portfolios", property: "portfolios" },
  { list: "Directorates", property: "directorates" },
  { list: "Objectives", property: "objectives" },
  { list: "RoleHolders", property: "roleHolders" },
  { list: "Partnerships", property: "arrangements" },
  { list: "Evaluations", property: "evaluations" },
  // Before the stages: an exit route's stages point at the exit they decide.
  { list: "Exits", property: "exits" },
  { list: "ApprovalStages", property: "approvalStages" },
  { list: "Opinions", property: "opinions" },
  { list: "Risks", property: "risks" },
  { list: "Measures", property: "measures" },
  { list: "BudgetFigures", property: "budgetFigures" },
  { list: "Reviews", property: "reviews" },
  { list: "Representatives", property: "representatives" },
  { list: "Interests", property: "interests" },
  { list: "AuditLog", property: "auditEntries" },
];

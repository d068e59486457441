import type { Arrangement } from "../domain/records/arrangement";
import type { GovernanceLevel } from "../domain/records/common";
import type { Exit } from "../domain/records/exit";
import type { MeasureActual, PerformanceMeasure } from "../domain/records/performance-measure";
import type { LifecycleState } from "../domain/lifecycle/states";
import type { PersonKey } from "./people";
import type { DirectorateKey, ObjectiveKey, PortfolioKey } from "./structure";

/**
 * How the demo describes one arrangement: the story in plain fields, with dates as distances from
 * today. The builders turn a spec into the register row and its children, so 40 arrangements
 * stay readable and every date moves with today.
 */
export type DemoKind = "partnership" | "shared-service" | "working-group";
export type DemoSubtype = "full" | "joint-management" | "joint-officer" | "ad-hoc-resilience";
export type DemoCategory = "significant" | "other" | "ad-hoc";

/** The facts an officer states in the wizard (the engine's core vocabulary). */
export interface DemoFacts {
  councilResource?: number;
  statutory?: boolean;
  fundamentalToCorporateObjective?: boolean;
  urgentWithinOneMonth?: boolean;
  externalCause?: boolean;
  memberInvolvement?: boolean;
  councilIsAccountableBody?: boolean;
  publicFacing?: boolean;
  exclusions?: string[];
}

export interface RiskSpec {
  title: string;
  description?: string;
  likelihood: 1 | 2 | 3 | 4 | 5;
  impact: 1 | 2 | 3 | 4 | 5;
  mitigation: string;
  owner: PersonKey;
  /** Days from today to the next review of the risk; negative means the review is overdue. */
  reviewInDays: number;
  closed?: boolean;
  onCorporateRegister?: boolean;
}

export interface MeasureSpec extends Pick<PerformanceMeasure, "name" | "unit" | "target" | "higherIsBetter" | "frequency"> {
  owner: PersonKey;
  /** One value per completed quarter, oldest first, ending with the last quarter reported. */
  values: number[];
  notes?: Record<number, MeasureActual["note"]>;
}

export interface RepresentativeSpec {
  /** A site user; leave out for someone who is not (then `name` is required). */
  person?: PersonKey;
  name?: string;
  type: "councillor" | "officer";
  role: string;
  substitute?: PersonKey;
  interest?: { nature: string; howManaged: string; declaredDaysAgo: number };
}

export interface ExitSpec extends Pick<Exit, "reasonId" | "notice" | "succession" | "liabilities" | "assets" | "status"> {
  /** Who took part in the decision; for an exit still being decided, only the officer who began it. */
  decidedBy: PersonKey[];
  decidedMonthsAgo?: number;
  /**
   * Days since the exit was begun in the register, for one still being decided (status
   * "proposed"): its decision stages opened then, as beginning an exit opens them.
   */
  begunDaysAgo?: number;
}

/** Text fields of the register row a spec may set directly. */
export type ArrangementDetails = Partial<
  Pick<
    Arrangement,
    | "partners"
    | "purpose"
    | "expectedOutcomes"
    | "legalForm"
    | "legalPower"
    | "leadPartner"
    | "accountableBody"
    | "accountableOrganisation"
    | "exitStrategy"
    | "decisionMaking"
    | "confidential"
    | "confidentialNotes"
    | "fundingSources"
    | "keyPlans"
    | "keySubGroups"
    | "reformPlans"
    | "informationSharing"
    | "councilResources"
    | "membership"
  >
>;

export interface ArrangementSpec {
  key: string;
  name: string;
  kind: DemoKind;
  subtype?: DemoSubtype;
  /** The category the story expects; the tests hold it to what the engine works out from the facts. */
  category?: DemoCategory;
  status: LifecycleState;
  statusReason?: string;
  directorate: DirectorateKey;
  portfolio: PortfolioKey;
  leadOfficer: PersonKey;
  sponsoringOfficer?: PersonKey;
  leadMember?: PersonKey;
  exitInstigator?: PersonKey;
  facts: DemoFacts;
  objectives: ObjectiveKey[];
  /** Months before today it started (negative: a planned start). Only for arrangements past approval. */
  startedMonthsAgo?: number;
  plannedMonths?: number;
  /** Days before today it was proposed; for proposals not yet approved. */
  proposedDaysAgo?: number;
  /** Its register review was due and has not been done. */
  reviewOverdue?: boolean;
  totalBudget?: number;
  details: ArrangementDetails;
  governance?: { rating: GovernanceLevel; monthsAgo: number };
  /** How far an in-flight route has got: opinions given on the opinion stage, approvals on the current approval stage. */
  progress?: {
    opinionsGiven?: number;
    approvalsGiven?: number;
    rejectedBy?: string;
    withdrawnAt?: "evaluation" | "awaiting-opinions";
    /** A role whose holder was away, so their delegate decided on their behalf. */
    delegateActsFor?: string;
  };
  risks?: RiskSpec[];
  measures?: MeasureSpec[];
  representatives?: RepresentativeSpec[];
  exit?: ExitSpec;
}

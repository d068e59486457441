import type { StageType } from "../domain/policy-pack/pack-schema";
import type { StageStatus } from "../domain/records/approval-stage";
import type { opinionViews } from "../domain/records/statutory-opinion";

/**
 * The shapes the bot hands to the card builders. They are view models, not SharePoint records:
 * the bot resolves people, labels and links first, so the builders stay pure and cheap to test.
 */
export type AdaptiveCard = {
  type: "AdaptiveCard";
  version: "1.5";
  $schema?: string;
  body: unknown[];
  actions?: unknown[];
  refresh?: unknown;
  [k: string]: unknown;
};

export interface CardPerson {
  id: number;
  title: string;
  email?: string;
  /** Teams user MRI or Entra object id used in refresh.userIds */
  userId?: string;
}

export interface CardRisk {
  title: string;
  likelihood: number;
  impact: number;
  mitigation?: string;
}

export type CardOpinionView = (typeof opinionViews)[number];

export interface CardOpinion {
  officer: string;
  roleName: string;
  view: CardOpinionView;
  text: string;
  givenAt: string;
}

export interface CardArrangement {
  id: number;
  name: string;
  kindLabel: string;
  categoryLabel?: string;
  categoryReason?: string;
  /** What the council puts in each year, in pounds: money, staff time and assets (default framework 1.11b). */
  councilMoney?: number;
  partners: string[];
  purpose?: string;
  /** Any number may be passed; the cards show the three with the highest likelihood × impact. */
  topRisks: CardRisk[];
  exitStrategy?: string;
  exitInstigator?: string;
  /** Teams deep link to the record */
  recordUrl: string;
}

export interface CardDecision {
  person: CardPerson;
  decision: string;
  comment?: string;
  at: string;
}

export interface CardStage {
  id: number;
  type: StageType;
  label: string;
  roleNames: string[];
  assignees: CardPerson[];
  status: StageStatus;
  decisions: CardDecision[];
  requestedAt?: string;
}

/**
 * Set when the stage is a decision to EXIT the arrangement (default framework 5.3), not to enter it: what
 * the member is asked to agree to — why it ends, the notice, what continues, what is owed and owned.
 */
export interface CardExitDecision {
  reason: string;
  notice?: string;
  succession?: string;
  liabilities?: string;
  assets?: string;
  /** Who began the exit. */
  begunBy?: string;
}

export interface CardContext {
  arrangement: CardArrangement;
  stage: CardStage;
  opinions: CardOpinion[];
  leadOfficer?: CardPerson;
  /** Present on an exit route's stages only. */
  exitDecision?: CardExitDecision;
}

export const cardVerbs = {
  giveOpinion: "opinion.give",
  approve: "approval.approve",
  reject: "approval.reject",
  requestChanges: "approval.changes",
  noted: "inform.noted",
  refresh: "card.refresh",
} as const;

export type CardVerb = (typeof cardVerbs)[keyof typeof cardVerbs];

/**
 * What every Action.Execute identifies. The card's `data` holds only { stageId, arrangementId }
 * (the verb travels as the action's own `verb`); the bot re-reads everything else from SharePoint
 * and never trusts the card.
 */
export interface CardActionData {
  verb: string;
  stageId: number;
  arrangementId: number;
}

/** The ids of the inputs the request cards carry; Teams merges their values into the action's data. */
export const cardInputIds = { view: "view", opinion: "opinion", comment: "comment" } as const;

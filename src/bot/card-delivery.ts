import type { createSp } from "../sharepoint/create-sp";

/** The SharePoint site, as src/sharepoint hands it out (the bot never imports PnPjs itself). */
type SPFI = ReturnType<typeof createSp>;
import type { PersonRef } from "../domain/records/person-ref";
import type { Connector } from "./connector";
import type { RecordLink } from "./record-link";

/** What the bot needs to post and update cards: SharePoint, the connector, and how to link a record. */
export interface CardDelivery {
  sp: SPFI;
  connector: Connector;
  link: RecordLink;
  log: (line: string) => void;
}

/**
 * What a card is about, as the report's lines name it: approval cards are about a stage, review
 * cards about a review (or a whole round of them), and their ids come from different lists.
 */
export const stageSubject = (stageId: number): string => `stage #${stageId}`;
export const reviewSubject = (reviewId: number): string => `review #${reviewId}`;

/** What a round of sending did, person by person, so nothing that failed goes unreported. */
export interface DeliveryReport {
  /** `subject`: what the card is about, e.g. "stage #12" or "review #40" (stageSubject, reviewSubject). */
  sent: { person: string; subject: string; activityId: string }[];
  /** People the bot cannot reach: the app is not installed for them yet. */
  unreachable: { person: string; subject: string }[];
  failed: { person: string; subject: string; error: string }[];
}

export const emptyReport = (): DeliveryReport => ({ sent: [], unreachable: [], failed: [] });

export const mergeReports = (...reports: DeliveryReport[]): DeliveryReport => ({
  sent: reports.flatMap((r) => r.sent),
  unreachable: reports.flatMap((r) => r.unreachable),
  failed: reports.flatMap((r) => r.failed),
});

export const nameOf = (person: PersonRef): string => person.title ?? person.email ?? `Person #${person.id}`;

/** One line per problem, for the log. */
export function describeReport(report: DeliveryReport): string[] {
  return [
    ...report.unreachable.map((u) => `${u.person} has not installed the Partnership Register app in Teams, so their card for ${u.subject} was not sent.`),
    ...report.failed.map((f) => `The card for ${f.person} (${f.subject}) could not be delivered: ${f.error}`),
  ];
}

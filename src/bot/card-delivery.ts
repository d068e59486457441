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

/** What a round of sending did, person by person, so nothing that failed goes unreported. */
export interface DeliveryReport {
  sent: { person: string; stageId: number; activityId: string }[];
  /** People the bot cannot reach: the app is not installed for them yet. */
  unreachable: { person: string; stageId: number }[];
  failed: { person: string; stageId: number; error: string }[];
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
    ...report.unreachable.map((u) => `${u.person} has not installed the Partnership Register app in Teams, so their card for stage #${u.stageId} was not sent.`),
    ...report.failed.map((f) => `The card for ${f.person} (stage #${f.stageId}) could not be delivered: ${f.error}`),
  ];
}

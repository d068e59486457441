import type { ArrangementRecord } from "../../sharepoint/record/read-record";
import type { ExplainedRecord } from "./view/explain-record";

/** What every section of the record gets: the record as read, what the pack says about it, and today. */
export interface SectionProps {
  data: ArrangementRecord;
  explained: ExplainedRecord;
  today: string;
}

import type { ArrangementRecord } from "../../sharepoint/record/read-record";
import type { ExplainedRecord } from "./view/explain-record";

/** What every section of the record gets: the record as read, what the pack says about it, and today. */
export interface SectionProps {
  data: ArrangementRecord;
  explained: ExplainedRecord;
  today: string;
  /** Whether the signed-in person may change this record (the repository enforces it on save). */
  mayEdit?: boolean;
  /** Reads the record again after a section saved a change. */
  reload?: () => void;
}

import { SharePointError } from "./sharepoint-error";

/**
 * SharePoint's list view threshold: a filter or sort on a column that is not indexed, over a list
 * of more than 5,000 items (HTTP 500, SPQueryThrottledException). Retrying never helps; indexing
 * the column does.
 */
export class ThresholdError extends SharePointError {
  static override is(error: unknown): error is ThresholdError {
    return error instanceof ThresholdError;
  }

  static overThreshold(listTitle: string | undefined, spCode?: string, spMessage?: string, cause?: unknown): ThresholdError {
    const list = listTitle ? `the ${listTitle} list` : "this list";
    return new ThresholdError(
      `This search covers more than 5,000 items in ${list} and filters on a column SharePoint has not indexed, so SharePoint refused it. Ask the Change Manager to run the provision command, which indexes the columns the product searches on.`,
      500,
      spCode,
      spMessage,
      { cause },
    );
  }
}

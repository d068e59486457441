import { SharePointError } from "./sharepoint-error";

/** SharePoint kept answering 429/503 after every retry the client is allowed (Microsoft's throttling). */
export class ThrottledError extends SharePointError {
  static override is(error: unknown): error is ThrottledError {
    return error instanceof ThrottledError;
  }

  static afterRetries(status: number, spCode?: string, spMessage?: string, cause?: unknown): ThrottledError {
    return new ThrottledError(
      "SharePoint is busy and asked us to slow down, and it was still busy after several tries. Nothing was saved by this attempt; please try again in a minute or two.",
      status,
      spCode,
      spMessage,
      { cause },
    );
  }
}

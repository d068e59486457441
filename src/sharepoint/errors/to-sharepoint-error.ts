import { HttpRequestError } from "@pnp/queryable";
import { ConcurrencyError } from "./concurrency-error";
import { NotFoundError } from "./not-found-error";
import { PermissionError } from "./permission-error";
import { readErrorBody } from "./read-error-body";
import { SharePointError } from "./sharepoint-error";
import { ThresholdError } from "./threshold-error";
import { ThrottledError } from "./throttled-error";

/** What the caller was doing, so a 404 or 412 can name the thing the officer knows. */
export interface ErrorContext {
  listTitle?: string;
  /** What one item is called ("arrangement", "risk"). */
  noun?: string;
}

const isHttpRequestError = (error: unknown): error is HttpRequestError =>
  error instanceof HttpRequestError || (typeof error === "object" && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true);

/**
 * The one factory from whatever PnPjs or fetch threw to our typed errors. Errors already typed pass
 * through untouched, so callers can wrap freely. A 412 here has no "who and when" yet: the
 * repository re-reads the item to build the full ConcurrencyError.
 */
export async function toSharePointError(error: unknown, context: ErrorContext = {}): Promise<SharePointError> {
  if (SharePointError.is(error)) return error;
  if (!isHttpRequestError(error)) {
    const text = error instanceof Error ? error.message : String(error);
    return SharePointError.failed(`Could not reach SharePoint (${text}). Check the connection and try again.`, undefined, undefined, text, error);
  }
  const { code, message } = await readErrorBody(error.response, error.message);
  const status = error.status;
  if (status === 429 || status === 503 || status === 504) return ThrottledError.afterRetries(status, code, message, error);
  if (status === 401 || status === 403) return PermissionError.fromSharePoint(status, code, message, error);
  if (status === 412) return new ConcurrencyError(`Someone else changed this ${context.noun ?? "item"} first. Reload to see their changes; nothing you typed has been saved over theirs.`, undefined, undefined, undefined, { cause: error });
  if (code?.includes("SPQueryThrottledException")) return ThresholdError.overThreshold(context.listTitle, code, message, error);
  if (status === 404) return NotFoundError.missing(notFoundSentence(message, context), code, message, error);
  const detail = message ? `: ${message}` : "";
  return SharePointError.failed(`SharePoint could not do this (HTTP ${status})${detail}`, status, code, message, error);
}

function notFoundSentence(spMessage: string | undefined, context: ErrorContext): string {
  if (spMessage && /^List '.*' does not exist/.test(spMessage)) {
    const list = context.listTitle ?? spMessage.slice(6, spMessage.indexOf("'", 6));
    return `The ${list} list is not on this SharePoint site. Ask the Change Manager to run the provision command.`;
  }
  if (spMessage?.startsWith("Item does not exist")) {
    return `This ${context.noun ?? "item"} no longer exists; someone may have deleted it.`;
  }
  return `SharePoint could not find what was asked for${spMessage ? ` (${spMessage})` : ""}.`;
}

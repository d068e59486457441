import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { SharePointError } from "../../sharepoint/errors/sharepoint-error";

/**
 * A save that failed because the device could not reach SharePoint at all (no HTTP answer), as
 * opposed to SharePoint refusing it: only the first is "offline", kept and retried by itself.
 */
export function isOfflineError(error: unknown, online: boolean): boolean {
  if (ConcurrencyError.is(error)) return false;
  if (!online) return true;
  if (SharePointError.is(error)) return error.status === undefined;
  return error instanceof TypeError;
}

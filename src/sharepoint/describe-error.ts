import { DomainError } from "../domain/errors";
import { SharePointError } from "./errors/sharepoint-error";

/**
 * One sentence for a council officer, whatever went wrong. Our typed errors already carry such a
 * sentence; the domain's errors too. Anything else is a fault in the product, said plainly without
 * a stack trace (which belongs in the log, not on the screen).
 */
export function describeError(error: unknown): string {
  if (SharePointError.is(error) || error instanceof DomainError) return error.message;
  if (error instanceof TypeError && /fetch failed|ECONNREFUSED|ENOTFOUND/i.test(`${error.message} ${String(error.cause)}`)) {
    return "Could not reach SharePoint. Check the connection and try again; nothing was saved.";
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong in the partnership register (${detail}). Nothing was saved; please try again, and tell the Change Manager if it keeps happening.`;
}

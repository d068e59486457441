import { SharePointError } from "./sharepoint-error";

/**
 * Not allowed: SharePoint said 401/403, or the product's own rules refused the write (authorisation
 * is enforced where data is written, not only hidden in the UI — DESIGN.md "Identity").
 */
export class PermissionError extends SharePointError {
  static override is(error: unknown): error is PermissionError {
    return error instanceof PermissionError;
  }

  static fromSharePoint(status: number, spCode?: string, spMessage?: string, cause?: unknown): PermissionError {
    const message =
      status === 401
        ? "SharePoint did not recognise your sign-in. Sign in again, then retry."
        : "You do not have permission to do this in SharePoint. Ask the site owner if you think you should.";
    return new PermissionError(message, status, spCode, spMessage, { cause });
  }

  /** The product's own authorisation said no; `reason` is already a sentence for the officer. */
  static refused(reason: string): PermissionError {
    return new PermissionError(reason);
  }
}

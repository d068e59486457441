/**
 * The base of every error that comes back from SharePoint through this folder. It keeps the HTTP
 * status and SharePoint's own error code (e.g. "-2147024860, Microsoft.SharePoint.SPQueryThrottledException")
 * so code can branch on them, while `message` stays a sentence a council officer can read.
 */
export class SharePointError extends Error {
  constructor(
    message: string,
    /** HTTP status SharePoint answered with; undefined when it could not be reached at all. */
    readonly status?: number,
    /** SharePoint's `odata.error.code`, when its JSON error body had one. */
    readonly spCode?: string,
    /** SharePoint's own English text, kept for logs and support, not for officers. */
    readonly spMessage?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  static is(error: unknown): error is SharePointError {
    return error instanceof SharePointError;
  }

  static failed(message: string, status?: number, spCode?: string, spMessage?: string, cause?: unknown): SharePointError {
    return new SharePointError(message, status, spCode, spMessage, { cause });
  }
}

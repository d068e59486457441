import { SharePointError } from "./sharepoint-error";

/** HTTP 404: the site, list, item or column is not there (deleted, renamed or never provisioned). */
export class NotFoundError extends SharePointError {
  static override is(error: unknown): error is NotFoundError {
    return error instanceof NotFoundError;
  }

  static missing(message: string, spCode?: string, spMessage?: string, cause?: unknown): NotFoundError {
    return new NotFoundError(message, 404, spCode, spMessage, { cause });
  }
}

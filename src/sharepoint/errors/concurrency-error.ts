import type { PersonRef } from "../../domain/records/person-ref";
import { formatLondonMoment } from "../format-london-moment";
import { SharePointError } from "./sharepoint-error";

/**
 * SharePoint refused a write because the item's ETag moved on (HTTP 412): someone else saved first.
 * The message names them and when, so the officer knows whose changes to look at (DESIGN.md "Data":
 * never a silent overwrite).
 */
export class ConcurrencyError extends SharePointError {
  constructor(
    message: string,
    readonly changedBy: PersonRef | undefined,
    /** ISO moment of the other person's save, as SharePoint's `Modified`. */
    readonly changedAt: string | undefined,
    readonly currentEtag: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, 412, undefined, undefined, options);
  }

  static override is(error: unknown): error is ConcurrencyError {
    return error instanceof ConcurrencyError;
  }

  /** `noun` is what the officer calls the thing ("arrangement", "risk"). */
  static fromLatest(
    noun: string,
    latest: { changedBy?: PersonRef; changedAt?: string; etag?: string },
    cause?: unknown,
  ): ConcurrencyError {
    const who = latest.changedBy?.title ?? "Someone else";
    const when = latest.changedAt ? ` at ${formatLondonMoment(latest.changedAt)}` : "";
    const message = `${who} changed this ${noun}${when}. Reload to see their changes; nothing you typed has been saved over theirs.`;
    return new ConcurrencyError(message, latest.changedBy, latest.changedAt, latest.etag, { cause });
  }

  /** The item was deleted between reading it and saving: there is nothing left to reload. */
  static deleted(noun: string, cause?: unknown): ConcurrencyError {
    return new ConcurrencyError(
      `Someone deleted this ${noun} while you were working on it, so your changes were not saved.`,
      undefined,
      undefined,
      undefined,
      { cause },
    );
  }
}

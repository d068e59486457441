/**
 * How long SharePoint asked us to wait. `Retry-After` is either whole seconds ("120") or an HTTP
 * date ("Wed, 24 Nov 2026 14:32:00 GMT") — PnPjs's own retry reads only the first form, and an
 * HTTP date there becomes NaN and no wait at all, which is why we have our own.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

export interface BackoffOptions {
  /** First wait when SharePoint gives no Retry-After; doubled each attempt. */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever SharePoint asks. */
  maxDelayMs: number;
  /** 0 ≤ random() < 1; injected so tests are exact. */
  random: () => number;
}

/**
 * The wait before retry number `attempt` (0-based). With Retry-After we wait at least that long
 * plus up to 20% jitter, so many clients told "1 second" do not all return in the same instant;
 * without it, exponential backoff with full jitter (Microsoft's throttling guidance).
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, options: BackoffOptions): number {
  const wait =
    retryAfterMs !== undefined
      ? retryAfterMs * (1 + 0.2 * options.random())
      : options.baseDelayMs * 2 ** attempt * (0.5 + 0.5 * options.random());
  return Math.min(options.maxDelayMs, Math.round(wait));
}

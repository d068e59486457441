import type { IQueryableInternal, Queryable } from "@pnp/queryable";
import { parseRetryAfter, retryDelay, type BackoffOptions } from "./retry-after";

export interface RetryOptions extends BackoffOptions {
  /** Retries after the first try; the last answer is handed on when they run out. */
  retries: number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryOptions: RetryOptions = {
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** 429 is SharePoint throttling; 503 is its "server too busy", which also carries Retry-After. */
const retryable = new Set([429, 503]);

/**
 * A PnPjs send behavior (STYLE.md: behaviors, not fetch wrappers) that retries throttled answers,
 * honouring Retry-After with a cap and jitter. When retries run out it returns the last 429/503 so
 * PnPjs raises its usual HttpRequestError and `toSharePointError` makes it a ThrottledError.
 * A throttled request was not carried out, so re-sending a POST cannot save it twice.
 */
export function RetryWhenThrottled(options: Partial<RetryOptions> = {}) {
  const settings: RetryOptions = { ...defaultRetryOptions, ...options };
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(url.toString(), init);
        if (!retryable.has(response.status) || attempt >= settings.retries) return response;
        const wait = retryDelay(attempt, parseRetryAfter(response.headers.get("Retry-After")), settings);
        this.log(`SharePoint answered ${response.status}; retry ${attempt + 1} of ${settings.retries} in ${wait} ms`, 1);
        // Release the socket: the throttled answer's body is never read.
        await response.body?.cancel();
        await settings.sleep(wait);
      }
    });
    return instance;
  };
}

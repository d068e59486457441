/**
 * How the bot waits when the Teams connector says 429 (7 messages a second per conversation,
 * TOOLCHAIN.md "Teams platform limits"): honour Retry-After when it is given, otherwise back off
 * exponentially; either way add jitter so a burst of sends does not retry in lockstep.
 */
export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Retry-After is seconds ("3") or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number = Date.now()): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before retry number `attempt` (1 for the first retry). `random` is 0..1; production
 * passes Math.random, tests a fixed value. With Retry-After the wait is at least what the server
 * asked, plus up to 20% jitter; without, full jitter over an exponential ceiling.
 */
export function retryDelayMs(attempt: number, retryAfter: number | undefined, policy: RetryPolicy, random: number): number {
  if (retryAfter !== undefined) return Math.min(policy.maxDelayMs, Math.round(retryAfter * (1 + 0.2 * random)));
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** What a failed HTTP call from the Teams SDK (axios underneath) tells us, read without trusting its shape. */
export function httpFailure(error: unknown): { status?: number; retryAfter?: string } {
  if (typeof error !== "object" || error === null) return {};
  const response = (error as { response?: unknown }).response;
  if (typeof response !== "object" || response === null) return {};
  const status = (response as { status?: unknown }).status;
  const headers = (response as { headers?: unknown }).headers;
  let retryAfter: string | undefined;
  if (typeof headers === "object" && headers !== null) {
    const raw = (headers as Record<string, unknown>)["retry-after"];
    if (typeof raw === "string") retryAfter = raw;
    else if (typeof raw === "number") retryAfter = String(raw);
  }
  return { ...(typeof status === "number" ? { status } : {}), ...(retryAfter !== undefined ? { retryAfter } : {}) };
}

/** Runs `call`, retrying only on 429 (and 503, Teams' other "slow down"), waiting as above. */
export async function withRetries<T>(
  call: () => Promise<T>,
  policy: RetryPolicy = defaultRetryPolicy,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const { status, retryAfter } = httpFailure(error);
      if ((status !== 429 && status !== 503) || attempt > policy.retries) throw error;
      await wait(retryDelayMs(attempt, retryAfterMs(retryAfter), policy, random()));
    }
  }
}

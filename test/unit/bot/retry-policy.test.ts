import { describe, expect, it } from "vitest";
import { httpFailure, retryAfterMs, retryDelayMs, withRetries, type RetryPolicy } from "../../../src/bot/retry-policy";

const policy: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

describe("waiting when Teams says 429", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("Wed, 01 Apr 2026 09:00:05 GMT", Date.parse("2026-04-01T09:00:00Z"))).toBe(5000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });

  it("waits at least what Retry-After asks, plus up to 20% jitter, never past the cap", () => {
    expect(retryDelayMs(1, 2000, policy, 0)).toBe(2000);
    expect(retryDelayMs(1, 2000, policy, 1)).toBe(2400);
    expect(retryDelayMs(1, 120_000, policy, 0.5)).toBe(30_000);
  });

  it("otherwise backs off exponentially with jitter between half and all of the ceiling", () => {
    expect(retryDelayMs(1, undefined, policy, 0)).toBe(250);
    expect(retryDelayMs(1, undefined, policy, 1)).toBe(500);
    expect(retryDelayMs(3, undefined, policy, 1)).toBe(2000);
    expect(retryDelayMs(20, undefined, policy, 1)).toBe(30_000);
  });

  it("retries only 429 and 503, honouring the header, and gives up after the allowed retries", async () => {
    const waits: number[] = [];
    let calls = 0;
    const throttled = { response: { status: 429, headers: { "retry-after": "1" } } };
    const result = await withRetries(async () => (++calls < 3 ? Promise.reject(throttled) : "sent"), policy, async (ms) => void waits.push(ms), () => 0);
    expect(result).toBe("sent");
    expect(waits).toEqual([1000, 1000]);
    await expect(withRetries(() => Promise.reject({ response: { status: 400 } }), policy, async () => {}, () => 0)).rejects.toEqual({ response: { status: 400 } });
    let tries = 0;
    await expect(withRetries(() => (tries++, Promise.reject(throttled)), policy, async () => {}, () => 0)).rejects.toBe(throttled);
    expect(tries).toBe(4);
  });

  it("reads status and Retry-After from an SDK error without trusting its shape", () => {
    expect(httpFailure({ response: { status: 429, headers: { "retry-after": 2 } } })).toEqual({ status: 429, retryAfter: "2" });
    expect(httpFailure(new Error("socket hang up"))).toEqual({});
    expect(httpFailure(null)).toEqual({});
  });
});

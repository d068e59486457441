import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelay } from "../../../../src/sharepoint/behaviors/retry-after";

describe("how long SharePoint asks us to wait", () => {
  const now = Date.parse("2026-11-24T14:32:00Z");

  it("reads Retry-After in seconds", () => expect(parseRetryAfter("120", now)).toBe(120_000));
  it("reads Retry-After as an HTTP date", () => expect(parseRetryAfter("Tue, 24 Nov 2026 14:32:30 GMT", now)).toBe(30_000));
  it("does not wait for a date already past", () => expect(parseRetryAfter("Tue, 24 Nov 2026 14:00:00 GMT", now)).toBe(0));
  it("ignores a header it cannot read", () => expect(parseRetryAfter("soon", now)).toBeUndefined());

  const options = { baseDelayMs: 500, maxDelayMs: 30_000 };
  it("waits at least what SharePoint asked, plus up to a fifth more", () => {
    expect(retryDelay(0, 1000, { ...options, random: () => 0 })).toBe(1000);
    expect(retryDelay(0, 1000, { ...options, random: () => 0.999 })).toBe(1200);
  });
  it("backs off exponentially with jitter when SharePoint gives no time", () => {
    expect(retryDelay(3, undefined, { ...options, random: () => 1 })).toBe(4000);
    expect(retryDelay(3, undefined, { ...options, random: () => 0 })).toBe(2000);
  });
  it("never waits longer than the cap", () => expect(retryDelay(0, 600_000, { ...options, random: () => 0 })).toBe(30_000));
});

import { HttpRequestError } from "@pnp/queryable";
import { describe, expect, it } from "vitest";
import { describeError } from "../../../../src/sharepoint/describe-error";
import { ConcurrencyError } from "../../../../src/sharepoint/errors/concurrency-error";
import { NotFoundError } from "../../../../src/sharepoint/errors/not-found-error";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { SharePointError } from "../../../../src/sharepoint/errors/sharepoint-error";
import { ThresholdError } from "../../../../src/sharepoint/errors/threshold-error";
import { ThrottledError } from "../../../../src/sharepoint/errors/throttled-error";
import { toSharePointError } from "../../../../src/sharepoint/errors/to-sharepoint-error";
import { PolicyError } from "../../../../src/domain/errors";

/** What PnPjs throws for a SharePoint error answer. */
async function answered(status: number, code: string, message: string): Promise<HttpRequestError> {
  const body = JSON.stringify({ "odata.error": { code, message: { lang: "en-US", value: message } } });
  return HttpRequestError.init(new Response(body, { status, headers: { "Content-Type": "application/json" } }));
}

describe("SharePoint's answers as typed errors", () => {
  it("412 is someone else's edit", async () => {
    const error = await toSharePointError(await answered(412, "-1, Microsoft.SharePoint.Client.ClientServiceException", "The request ETag value does not match the object's ETag value."), { noun: "risk" });
    expect(ConcurrencyError.is(error)).toBe(true);
    expect(error.message).toMatch(/^Someone else changed this risk first/);
  });
  it("429 after the retries is throttling", async () => expect(ThrottledError.is(await toSharePointError(await answered(429, "-2147024860, Microsoft.SharePoint.SPRequestThrottledException", "throttled")))).toBe(true));
  it("500 SPQueryThrottledException is the list view threshold", async () => {
    const error = await toSharePointError(await answered(500, "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", "exceeds the list view threshold"), { listTitle: "Partnerships" });
    expect(ThresholdError.is(error)).toBe(true);
    expect(error.message).toMatch(/Partnerships list/);
  });
  it("404 names the missing list or item", async () => {
    const list = await toSharePointError(await answered(404, "-2130575322, System.ArgumentException", "List 'Risks' does not exist at site with URL 'x'."));
    expect(NotFoundError.is(list) && list.message).toBe("The Risks list is not on this SharePoint site. Ask the Change Manager to run the provision command.");
    const item = await toSharePointError(await answered(404, "-2130575338, System.ArgumentException", "Item does not exist. It may have been deleted by another user."), { noun: "review" });
    expect(item.message).toBe("This review no longer exists; someone may have deleted it.");
  });
  it("401 and 403 are permissions", async () => {
    expect(PermissionError.is(await toSharePointError(await answered(403, "-2147024891, System.UnauthorizedAccessException", "Access denied.")))).toBe(true);
    expect((await toSharePointError(await answered(401, "x", "Unauthorized"))).message).toMatch(/sign-in/);
  });
  it("anything else keeps SharePoint's own words for support", async () => {
    const error = await toSharePointError(await answered(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", "The expression is not valid."));
    expect(error).toBeInstanceOf(SharePointError);
    expect(error.spMessage).toBe("The expression is not valid.");
  });
  it("a typed error passes through unchanged", async () => {
    const typed = PermissionError.refused("Only the assigned approver can decide this stage.");
    expect(await toSharePointError(typed)).toBe(typed);
  });
});

describe("errors described for a council officer", () => {
  it("says who changed an arrangement and when, in UK time", () => {
    const error = ConcurrencyError.fromLatest("arrangement", { changedBy: { id: 7, title: "Jo Bloggs" }, changedAt: "2026-11-24T14:32:05Z" });
    expect(describeError(error)).toBe("Jo Bloggs changed this arrangement at 14:32 on 24 November 2026. Reload to see their changes; nothing you typed has been saved over theirs.");
  });
  it("uses British Summer Time in summer", () => {
    const error = ConcurrencyError.fromLatest("risk", { changedBy: { id: 7, title: "Jo Bloggs" }, changedAt: "2026-07-01T08:05:00Z" });
    expect(describeError(error)).toMatch(/at 09:05 on 1 July 2026/);
  });
  it("passes the domain's own sentences through", () => expect(describeError(new PolicyError("unknown-kind", "This policy has no kind called x."))).toBe("This policy has no kind called x."));
  it("says the network is down without jargon", () => expect(describeError(new TypeError("fetch failed"))).toMatch(/^Could not reach SharePoint/));
  it("never shows a stack trace for a fault", () => expect(describeError(new Error("boom"))).toMatch(/^Something went wrong in the partnership register \(boom\)/));
});

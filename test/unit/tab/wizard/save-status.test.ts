import { describe, expect, it } from "vitest";
import { ConcurrencyError } from "../../../../src/sharepoint/errors/concurrency-error";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { SharePointError } from "../../../../src/sharepoint/errors/sharepoint-error";
import { describeSaveStatus } from "../../../../src/tab/wizard/describe-save-status";
import { isOfflineError } from "../../../../src/tab/wizard/is-offline-error";

describe("the save status in words", () => {
  it("says when the draft was saved, in the council's time", () => {
    expect(describeSaveStatus({ kind: "saved", at: new Date("2026-07-01T13:02:00Z") })).toBe("Saved 14:02");
    expect(describeSaveStatus({ kind: "saving" })).toBe("Saving…");
  });

  it("tells an officer without a connection that nothing is lost", () => {
    expect(describeSaveStatus({ kind: "offline" })).toBe("Offline — your changes are kept on this device and will be saved when the connection returns");
  });
});

describe("a save that failed for want of a connection", () => {
  it("is offline when SharePoint could not be reached at all, or the browser says it is offline", () => {
    expect(isOfflineError(SharePointError.failed("Could not reach SharePoint (Failed to fetch)."), true)).toBe(true);
    expect(isOfflineError(new TypeError("Failed to fetch"), true)).toBe(true);
    expect(isOfflineError(new Error("anything"), false)).toBe(true);
  });

  it("is not offline when SharePoint answered, and never when someone else saved first", () => {
    expect(isOfflineError(PermissionError.fromSharePoint(403, undefined, "Access denied"), true)).toBe(false);
    expect(isOfflineError(ConcurrencyError.fromLatest("evaluation", {}), false)).toBe(false);
  });
});

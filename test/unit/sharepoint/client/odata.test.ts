import { describe, expect, it } from "vitest";
import { and, eq, escapeODataString, ge, or, startsWith, substringOf } from "../../../../src/sharepoint/odata";

describe("filters built from what officers type", () => {
  it("doubles single quotes", () => expect(escapeODataString("O'Brien")).toBe("O''Brien"));
  it("keeps typed text inside its string literal", () => expect(eq("Title", "O'Brien' or Title ne 'x").text).toBe("Title eq 'O''Brien'' or Title ne ''x'"));
  it("writes numbers, yes/no and dates as OData literals", () => {
    expect(eq("ArrangementId", 12).text).toBe("ArrangementId eq 12");
    expect(eq("Confidential", true).text).toBe("Confidential eq 1");
    expect(ge("NextReviewDue", new Date("2026-04-01T00:00:00Z")).text).toBe("NextReviewDue ge datetime'2026-04-01T00:00:00.000Z'");
  });
  it("combines clauses in brackets", () =>
    expect(and(eq("Kind", "partnership"), or(eq("Status", "active"), eq("Status", "under-review"))).text).toBe(
      "(Kind eq 'partnership') and ((Status eq 'active') or (Status eq 'under-review'))",
    ));
  it("escapes text in functions too", () => {
    expect(startsWith("Title", "St Mary's").text).toBe("startswith(Title,'St Mary''s')");
    expect(substringOf("Mary's", "Title").text).toBe("substringof('Mary''s',Title)");
  });
  it("refuses a column name that is not one", () => expect(() => eq("Title eq 'x' or Title", "y")).toThrow(/not a SharePoint column name/));
});

import { describe, expect, it } from "vitest";
import { arrangementSchema } from "../../../../src/domain/records/arrangement";

const arrangement = { name: "North Kent Community Safety Partnership", kind: "partnership", status: "active" };
const messages = (value: unknown) => arrangementSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("an arrangement on the register", () => {
  it("needs only a name, a kind and a lifecycle state to be recorded", () => {
    expect(arrangementSchema.safeParse(arrangement).success).toBe(true);
    expect(arrangementSchema.safeParse({ ...arrangement, status: "live" }).success).toBe(false);
  });

  it("takes its kind and category from the policy pack, so a council can add its own", () => {
    expect(arrangementSchema.safeParse({ ...arrangement, kind: "county-working-group", category: "major" }).success).toBe(true);
    expect(arrangementSchema.safeParse({ ...arrangement, kind: "Working Group" }).success).toBe(false);
  });

  it("cannot plan to end before it starts", () => {
    expect(messages({ ...arrangement, startDate: "2025-04-01", plannedEndDate: "2025-03-31" })).toEqual(["the planned end date is before the start date"]);
    expect(messages({ ...arrangement, startDate: "2025-04-01", plannedEndDate: "2025-04-01" })).toEqual([]);
  });

  it("dates its governance rating", () => {
    expect(messages({ ...arrangement, governanceRating: "limited" })).toEqual(["a governance rating needs the date it was given"]);
    expect(messages({ ...arrangement, governanceRating: "limited", governanceRatingDate: "2025-02-14" })).toEqual([]);
  });

  it("links only to web addresses and records money in pounds, never negative", () => {
    expect(arrangementSchema.safeParse({ ...arrangement, termsOfReferenceUrl: "file://share/tor.docx" }).success).toBe(false);
    expect(arrangementSchema.safeParse({ ...arrangement, councilContribution: -50 }).success).toBe(false);
  });

  it("answers wiltshire's council-resources headings and nothing else", () => {
    expect(arrangementSchema.safeParse({ ...arrangement, councilResources: { finance: "£20,000 a year", healthAndSafety: "none" } }).success).toBe(true);
    expect(arrangementSchema.safeParse({ ...arrangement, councilResources: { catering: "biscuits" } }).success).toBe(false);
  });
});

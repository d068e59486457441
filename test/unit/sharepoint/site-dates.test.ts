import { describe, expect, it } from "vitest";
import { siteDateOf, siteMidnightOf } from "../../../src/sharepoint/lists/site-dates";

describe("dates on a UK council's site", () => {
  it("reads a summer date stored as 23:00 UTC the evening before as the day that was picked", () => {
    expect(siteDateOf("2025-06-30T23:00:00Z")).toBe("2025-07-01");
  });

  it("reads a winter date stored at midnight UTC as that day", () => {
    expect(siteDateOf("2025-01-15T00:00:00Z")).toBe("2025-01-15");
  });

  it("writes the days either side of the clocks changing as local midnight", () => {
    expect(siteMidnightOf("2025-03-30")).toBe("2025-03-30T00:00:00Z");
    expect(siteMidnightOf("2025-03-31")).toBe("2025-03-30T23:00:00Z");
    expect(siteMidnightOf("2025-10-26")).toBe("2025-10-25T23:00:00Z");
    expect(siteMidnightOf("2025-10-27")).toBe("2025-10-27T00:00:00Z");
  });

  it("gives back the day it wrote, in any month", () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, "0")}-15`;
      expect(siteDateOf(siteMidnightOf(day))).toBe(day);
    }
  });

  it("says when a value is not a date at all", () => {
    expect(siteDateOf("next Tuesday")).toBeUndefined();
  });
});

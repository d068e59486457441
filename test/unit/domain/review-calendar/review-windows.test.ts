import { describe, expect, it } from "vitest";
import { lastClosedWindow, nextWindowOpening, windowContaining } from "../../../../src/domain/review-calendar/locate-window";
import { windowEndingIn } from "../../../../src/domain/review-calendar/window-for-year";

const februaryToMarch = { fromMonth: 2, toMonth: 3 };
const novemberToFebruary = { fromMonth: 11, toMonth: 2 };

describe("review windows", () => {
  it("run from the first day of the first month to the last day of the last", () => {
    expect(windowEndingIn(februaryToMarch, 2027)).toEqual({ periodKey: "2027", year: 2027, start: "2027-02-01", end: "2027-03-31" });
  });

  it("a window that spans the new year is named by the year it ends in", () => {
    expect(windowEndingIn(novemberToFebruary, 2028)).toEqual({ periodKey: "2028", year: 2028, start: "2027-11-01", end: "2028-02-29" });
  });

  it("are open on their first and last days", () => {
    expect(windowContaining(februaryToMarch, "2027-02-01")?.periodKey).toBe("2027");
    expect(windowContaining(februaryToMarch, "2027-03-31")?.periodKey).toBe("2027");
    expect(windowContaining(februaryToMarch, "2027-04-01")).toBeUndefined();
  });

  it("a December date is inside a winter window that ends next year", () => {
    expect(windowContaining(novemberToFebruary, "2026-12-15")?.periodKey).toBe("2027");
    expect(windowContaining(novemberToFebruary, "2027-01-10")?.periodKey).toBe("2027");
  });

  it("across the year boundary: a December date looks ahead to next year's window", () => {
    expect(nextWindowOpening(februaryToMarch, "2026-12-10").periodKey).toBe("2027");
    expect(lastClosedWindow(februaryToMarch, "2026-12-10").periodKey).toBe("2026");
  });

  it("in January, the last window to close is last year's", () => {
    expect(lastClosedWindow(februaryToMarch, "2027-01-15").periodKey).toBe("2026");
    expect(lastClosedWindow(novemberToFebruary, "2027-03-01").periodKey).toBe("2027");
  });
});

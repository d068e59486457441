import { describe, expect, it } from "vitest";
import { addMonths } from "../../../../src/domain/review-calendar/add-months";
import { addDays, daysBetween } from "../../../../src/domain/review-calendar/days-between";
import { isIsoDate, parseIsoDate } from "../../../../src/domain/review-calendar/iso-date";
import { formatLongDate } from "../../../../src/domain/review-calendar/long-date";
import { yearOfOperation } from "../../../../src/domain/review-calendar/year-of-operation";

describe("adding months", () => {
  it("31 January plus one month is the end of February", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
  });

  it("keeps the day of the month when it exists", () => {
    expect(addMonths("2026-04-15", 12)).toBe("2027-04-15");
  });

  it("crosses year boundaries both ways", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -13)).toBe("2024-12-15");
  });

  it("refuses part of a month", () => {
    expect(() => addMonths("2026-01-31", 1.5)).toThrow(RangeError);
  });
});

describe("year of operation", () => {
  it("is year 1 for the first twelve months from the start", () => {
    expect(yearOfOperation("2024-04-01", "2024-04-01")).toBe(1);
    expect(yearOfOperation("2024-04-01", "2025-03-31")).toBe(1);
  });

  it("turns on each anniversary", () => {
    expect(yearOfOperation("2024-04-01", "2025-04-01")).toBe(2);
    expect(yearOfOperation("2024-04-01", "2026-04-01")).toBe(3);
    expect(yearOfOperation("2024-04-01", "2031-01-01")).toBe(7);
  });

  it("a service begun on 29 February starts its second year on 28 February", () => {
    expect(yearOfOperation("2024-02-29", "2025-02-27")).toBe(1);
    expect(yearOfOperation("2024-02-29", "2025-02-28")).toBe(2);
  });

  it("is 0 before the arrangement starts", () => {
    expect(yearOfOperation("2026-04-01", "2026-03-31")).toBe(0);
  });
});

describe("days and dates", () => {
  it("counts whole days, across a leap day and the clocks going forward", () => {
    expect(daysBetween("2026-03-31", "2026-04-01")).toBe(1);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("accepts only dates that exist", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-4-1")).toBe(false);
    expect(() => parseIsoDate("2026-13-01", "asOf")).toThrow(/asOf must be a date like 2026-04-01/);
  });

  it("writes dates the way a council does", () => {
    expect(formatLongDate("2027-03-31")).toBe("31 March 2027");
    expect(formatLongDate("2026-02-01")).toBe("1 February 2026");
  });
});

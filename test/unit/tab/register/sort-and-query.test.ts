import { describe, expect, it } from "vitest";
import { defaultQuery, parseRegisterQuery, registerQueryString } from "../../../../src/tab/register/register-query";
import { reviewStateOf } from "../../../../src/tab/register/review-state";
import { rowWindow } from "../../../../src/tab/register/row-window";
import { sortRegister } from "../../../../src/tab/register/sort-register";
import { row, today } from "./register-fixtures";

const labels = { kind: (id?: string) => id ?? "", category: (id?: string) => (id === "significant" ? "Significant" : id === "ad-hoc" ? "Ad hoc" : id ?? "") };

describe("sorting the register", () => {
  const rows = [
    row(1, "b", { nextReviewDue: "2026-09-01", councilContribution: 10 }),
    row(2, "a"),
    row(3, "c", { nextReviewDue: "2026-07-01", councilContribution: 65000, status: "proposed" }),
  ];

  it("puts arrangements with no review date last, whichever way the dates are sorted", () => {
    expect(sortRegister(rows, "review", false, labels).map((r) => r.id)).toEqual([3, 1, 2]);
    expect(sortRegister(rows, "review", true, labels).map((r) => r.id)).toEqual([1, 3, 2]);
  });

  it("sorts money as numbers and statuses in lifecycle order", () => {
    expect(sortRegister(rows, "contribution", true, labels).map((r) => r.id)).toEqual([3, 1, 2]);
    expect(sortRegister(rows, "status", false, labels).map((r) => r.id)).toEqual([3, 2, 1]);
  });

  it("sorts categories by the words the council uses", () => {
    const byCategory = [row(1, "x", { category: "significant" }), row(2, "y", { category: "ad-hoc" })];
    expect(sortRegister(byCategory, "category", false, labels).map((r) => r.id)).toEqual([2, 1]);
  });
});

describe("a review's state", () => {
  it("is on time on its due date and overdue the day after", () => {
    expect(reviewStateOf({ nextReviewDue: today, status: "active" }, today)).toEqual({ state: "due-soon", days: 0 });
    expect(reviewStateOf({ nextReviewDue: "2026-05-31", status: "active" }, today)).toEqual({ state: "overdue", days: 1 });
  });

  it("is due within 30 days, and later after that", () => {
    expect(reviewStateOf({ nextReviewDue: "2026-07-01", status: "active" }, today).state).toBe("due-soon");
    expect(reviewStateOf({ nextReviewDue: "2026-07-02", status: "active" }, today).state).toBe("later");
  });

  it("is owed by no arrangement that has ended", () => {
    expect(reviewStateOf({ nextReviewDue: "2026-01-01", status: "ended" }, today).state).toBe("none");
  });
});

describe("the register's address", () => {
  it("round-trips a view with its filters, search and sort", () => {
    const query = { ...defaultQuery, view: "due" as const, text: "waste & recycling", statuses: ["active", "exiting"], review: ["overdue" as const], problems: true, sort: "review" as const, descending: true };
    expect(parseRegisterQuery(registerQueryString(query))).toEqual(query);
  });

  it("is empty for the default view, and ignores what it does not know", () => {
    expect(registerQueryString(defaultQuery)).toBe("");
    expect(parseRegisterQuery("?view=secret&sort=hack&review=someday")).toEqual(defaultQuery);
  });
});

describe("virtualised rows", () => {
  it("renders every row of a small register", () => {
    expect(rowWindow(42, 0, 600, 56)).toEqual({ start: 0, end: 42, padTop: 0, padBottom: 0 });
  });

  it("renders only the rows near the scroll position of a big one, standing in space for the rest", () => {
    const window = rowWindow(5000, 56 * 1000, 560, 56, 10);
    expect(window.start).toBe(990);
    expect(window.end).toBe(1021);
    expect(window.padTop + (window.end - window.start) * 56 + window.padBottom).toBe(5000 * 56);
  });
});

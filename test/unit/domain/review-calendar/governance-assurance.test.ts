import { describe, expect, it } from "vitest";
import type { CompletedReview } from "../../../../src/domain/review-calendar/calendar-types";
import { reviewCalendar } from "../../../../src/domain/review-calendar/review-calendar";
import { arrangement, governanceAssurance, testPack } from "./test-pack";

const pack = testPack({ governanceAssurance });

/** The governance assurance entry for an arrangement started on `start`, on `asOf`. */
const assurance = (start: string, asOf: string, completed: CompletedReview[] = []) => {
  const [entry] = reviewCalendar({ pack, arrangement: arrangement(start), asOf, completed });
  return entry;
};

describe("governance assurance for the Annual Governance Statement (framework 6.11)", () => {
  it("is due inside February and March", () => {
    expect(assurance("2024-06-01", "2027-02-10")).toMatchObject({
      reviewId: "governance-assurance",
      name: "Governance assurance",
      periodKey: "2027",
      windowStart: "2027-02-01",
      dueDate: "2027-03-31",
      status: "due",
      cite: "framework 6.11",
      reason: "Governance assurance for 2027 is due by 31 March 2027 (framework 6.11).",
    });
    expect(assurance("2024-06-01", "2027-03-31")?.status).toBe("due");
  });

  it("is overdue on 1 April when no assurance was given", () => {
    expect(assurance("2024-06-01", "2027-04-01")).toMatchObject({
      periodKey: "2027",
      status: "overdue",
      daysOverdue: 1,
      reason: "Governance assurance for 2027 was due by 31 March 2027 and is 1 day overdue (framework 6.11).",
    });
  });

  it("is upcoming in January", () => {
    const entry = assurance("2026-06-01", "2027-01-15");
    expect(entry).toMatchObject({ periodKey: "2027", status: "upcoming", dueDate: "2027-03-31" });
    expect(entry?.reason).toBe("Governance assurance for 2027 opens on 1 February 2027 and is due by 31 March 2027 (framework 6.11).");
  });

  it("is done once given inside the window", () => {
    const entry = assurance("2024-06-01", "2027-03-20", [{ reviewId: "governance-assurance", completedOn: "2027-03-02" }]);
    expect(entry).toMatchObject({ status: "done", completedOn: "2027-03-02" });
    expect(entry?.reason).toBe("Governance assurance for 2027 was done on 2 March 2027 (framework 6.11).");
  });

  it("assurance given late still settles that year", () => {
    expect(assurance("2024-06-01", "2027-06-01", [{ reviewId: "governance-assurance", completedOn: "2027-05-20" }])).toMatchObject({
      periodKey: "2028",
      status: "upcoming",
    });
  });

  it("stays overdue until given, through to the next window", () => {
    expect(assurance("2024-06-01", "2027-12-31")).toMatchObject({ periodKey: "2027", status: "overdue", daysOverdue: 275 });
    expect(assurance("2024-06-01", "2028-02-01")).toMatchObject({ periodKey: "2028", status: "due" });
  });

  it("completing one year's assurance does not satisfy the next year's", () => {
    const completed = [{ reviewId: "governance-assurance", completedOn: "2026-03-10" }];
    expect(assurance("2024-06-01", "2027-02-10", completed)?.status).toBe("due");
    expect(assurance("2024-06-01", "2027-04-01", completed)?.status).toBe("overdue");
  });

  it("assurance given before the window opens counts for no year", () => {
    const completed = [{ reviewId: "governance-assurance", completedOn: "2027-01-20" }];
    expect(assurance("2026-06-01", "2027-02-10", completed)?.status).toBe("due");
  });

  it("a completion that names last year settles last year, not the window it was recorded in", () => {
    const completed = [{ reviewId: "governance-assurance", completedOn: "2027-02-03", periodKey: "2026" }];
    expect(assurance("2024-06-01", "2027-02-10", completed)?.status).toBe("due");
    expect(assurance("2024-06-01", "2027-04-01", completed)).toMatchObject({ periodKey: "2027", status: "overdue" });
  });

  it("across the year boundary: a December date looks ahead to next year's window", () => {
    const completed = [{ reviewId: "governance-assurance", completedOn: "2026-03-15" }];
    expect(assurance("2024-06-01", "2026-12-10", completed)).toMatchObject({ periodKey: "2027", status: "upcoming", windowStart: "2027-02-01" });
  });

  it("an arrangement started in April owes no assurance for the window that closed in March", () => {
    expect(assurance("2026-04-01", "2026-04-02")).toMatchObject({ periodKey: "2027", status: "upcoming" });
  });

  it("an arrangement started inside the window owes that year's assurance", () => {
    expect(assurance("2026-03-31", "2026-04-01")).toMatchObject({ periodKey: "2026", status: "overdue" });
  });

  it("an arrangement that has not started yet owes nothing before it starts", () => {
    expect(assurance("2029-05-01", "2026-06-01")).toMatchObject({ periodKey: "2030", status: "upcoming" });
  });

  it("a completion recorded after the calendar's date had not happened yet", () => {
    const completed = [{ reviewId: "governance-assurance", completedOn: "2027-03-20" }];
    expect(assurance("2024-06-01", "2027-03-10", completed)?.status).toBe("due");
  });
});

describe("a window that spans the new year", () => {
  const winterPack = testPack({ governanceAssurance: { ...governanceAssurance, window: { fromMonth: 11, toMonth: 2 } } });
  const winter = (asOf: string, completed: CompletedReview[] = []) =>
    reviewCalendar({ pack: winterPack, arrangement: arrangement("2024-06-01"), asOf, completed })[0];

  it("is due from November to the end of February, named by the year it ends in", () => {
    expect(winter("2026-11-01")).toMatchObject({ periodKey: "2027", windowStart: "2026-11-01", dueDate: "2027-02-28", status: "due" });
    expect(winter("2027-01-31")).toMatchObject({ periodKey: "2027", status: "due" });
  });

  it("is overdue from 1 March", () => {
    expect(winter("2027-03-01")).toMatchObject({ periodKey: "2027", status: "overdue", daysOverdue: 1 });
  });

  it("assurance given in December settles the window that ends in February", () => {
    expect(winter("2027-03-01", [{ reviewId: "governance-assurance", completedOn: "2026-12-05" }])).toMatchObject({
      periodKey: "2028",
      status: "upcoming",
    });
  });
});

import { describe, expect, it } from "vitest";
import { appointmentStanding, reviewYearStart } from "../../../../src/domain/performance/representation-review";

const today = "2026-11-24";

describe("the annual review of representation", () => {
  it("runs over the financial year: in November 2026 the year began on 1 April 2026; in February 2027 too", () => {
    expect(reviewYearStart(today)).toBe("2026-04-01");
    expect(reviewYearStart("2027-02-10")).toBe("2026-04-01");
    expect(reviewYearStart("2027-04-01")).toBe("2027-04-01");
  });

  it("an appointment not confirmed since April is to be confirmed", () => {
    expect(appointmentStanding({ confirmedOn: "2026-03-30" }, today)).toEqual({ standing: "to-confirm", needsDecision: true });
    expect(appointmentStanding({}, today)).toEqual({ standing: "to-confirm", needsDecision: true });
  });

  it("one confirmed this year is off the list", () => {
    expect(appointmentStanding({ confirmedOn: "2026-06-01", termEnd: "2028-05-01" }, today)).toEqual({ standing: "confirmed", needsDecision: false });
  });

  it("a term ending within 90 days needs a decision even if confirmed earlier in the year", () => {
    expect(appointmentStanding({ termEnd: "2027-01-31" }, today)).toEqual({ standing: "ending-soon", needsDecision: true });
    expect(appointmentStanding({ termEnd: "2027-01-31", confirmedOn: "2026-05-01" }, today)).toEqual({ standing: "ending-soon", needsDecision: false });
  });

  it("a term that ended this year needs a decision; one that ended in an earlier year is history", () => {
    expect(appointmentStanding({ termEnd: "2026-10-31" }, today)).toEqual({ standing: "ended", needsDecision: true });
    expect(appointmentStanding({ termEnd: "2025-10-31" }, today)).toEqual({ standing: "ended", needsDecision: false });
  });
});

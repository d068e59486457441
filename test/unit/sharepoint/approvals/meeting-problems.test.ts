import { describe, expect, it } from "vitest";
import { meetingProblemsByField } from "../../../../src/sharepoint/approvals/record-meeting";

const today = "2026-11-24";

describe("what a meeting's record needs, said at each field", () => {
  it("a supported outcome needs only the day it met and the minute reference", () => {
    expect(meetingProblemsByField({ date: "2026-11-20", outcome: "", minuteReference: "MT/26/41", result: "supported" }, today)).toEqual({});
  });

  it("names each missing or wrong field in plain words", () => {
    expect(meetingProblemsByField({ date: "", outcome: "", minuteReference: " ", result: "supported" }, today)).toEqual({
      date: "Give the day the meeting was held.",
      minuteReference: "Give the minute reference, so the decision can be found in the minutes.",
    });
    expect(meetingProblemsByField({ date: "14/04/2026", outcome: "x", minuteReference: "MT/1" }, today).date).toBe('"14/04/2026" is not a date: give the day the meeting was held, like 2026-04-14.');
  });

  it("a meeting cannot be recorded before it has been held", () => {
    expect(meetingProblemsByField({ date: "2026-11-25", outcome: "", minuteReference: "MT/1", result: "supported" }, today).date).toMatch(/in the future/);
  });

  it("changes asked for or not supported need what the meeting said, for the lead officer", () => {
    for (const result of ["changes-requested", "not-supported"] as const) {
      expect(meetingProblemsByField({ date: "2026-11-20", outcome: "", minuteReference: "MT/1", result }, today).outcome).toMatch(/what the meeting said/);
    }
  });
});

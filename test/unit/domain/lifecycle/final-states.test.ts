import { describe, expect, it } from "vitest";
import { allowedEvents } from "../../../../src/domain/lifecycle/allowed-events";
import type { LifecycleEvent } from "../../../../src/domain/lifecycle/lifecycle-events";
import { finalStates } from "../../../../src/domain/lifecycle/states";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { contextFor, expectRefused, routes } from "./lifecycle-fixtures";

/** One of every event, with valid details, so only finality can refuse it. */
const everyEvent: LifecycleEvent[] = [
  { type: "start-screening" },
  { type: "screen-in" },
  { type: "screen-out", reason: "Not a partnership" },
  { type: "submit-evaluation" },
  { type: "record-opinion", stage: 0, role: "section-151-officer" },
  { type: "record-stage-decision", stage: 1, role: "director" },
  { type: "request-changes", stage: 1, role: "director", comments: "More detail" },
  { type: "reject", stage: 1, role: "director", reason: "No" },
  { type: "all-approvals-given" },
  { type: "begin-review" },
  { type: "complete-review" },
  { type: "begin-exit", reason: "Objectives achieved" },
  { type: "approve-exit", role: "lead-member" },
  { type: "end" },
  { type: "withdraw", reason: "No longer needed" },
];

describe("final states are final", () => {
  it("an ended arrangement cannot be reopened", () => {
    const error = expectRefused(transition(contextFor(routes.other, { state: "ended" }), { type: "submit-evaluation" }));
    expect(error.code).toBe("final-state");
    expect(error.message).toContain("an ended arrangement cannot be reopened");
  });

  const cases = finalStates.flatMap((state) => everyEvent.map((event) => [state, event.type, event] as const));
  it.each(cases)("%s: %s is refused because the state is final", (state, _type, event) => {
    const error = expectRefused(transition(contextFor(routes.other, { state }), event));
    expect(error.code).toBe("final-state");
    expect(error.message).toContain("final");
  });

  it.each(finalStates)("nothing is offered for a %s arrangement", (state) => {
    expect(allowedEvents(contextFor(routes.other, { state }))).toEqual([]);
  });
});

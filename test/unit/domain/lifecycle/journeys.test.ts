import { describe, expect, it } from "vitest";
import type { LifecycleContext } from "../../../../src/domain/lifecycle/lifecycle-context";
import type { LifecycleEvent } from "../../../../src/domain/lifecycle/lifecycle-events";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { contextFor, expectOk, routes } from "./lifecycle-fixtures";

/** Applies each event and records the state it led to. */
function journey(start: LifecycleContext, events: LifecycleEvent[]): string[] {
  const states: string[] = [start.state];
  events.reduce((context, event) => {
    const result = expectOk(transition(context, event));
    states.push(result.state);
    return result.context;
  }, start);
  return states;
}

describe("whole journeys", () => {
  it("a significant partnership from proposal to its end (framework 2.14a, 5.3)", () => {
    expect(
      journey(contextFor(routes.significant), [
        { type: "start-screening" },
        { type: "screen-in" },
        { type: "submit-evaluation" },
        { type: "record-opinion", stage: 0, role: "section-151-officer" },
        { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
        { type: "record-stage-decision", stage: 1, role: "management-team" },
        { type: "record-stage-decision", stage: 2, role: "leader" },
        { type: "record-stage-decision", stage: 2, role: "portfolio-holder" },
        { type: "all-approvals-given" },
        { type: "begin-review" },
        { type: "complete-review" },
        { type: "begin-exit", reason: "Objectives achieved" },
        { type: "approve-exit", role: "lead-member" },
        { type: "end" },
      ]),
    ).toEqual([
      "proposed",
      "screening",
      "evaluation",
      "awaiting-opinions",
      "awaiting-opinions",
      "awaiting-approval",
      "awaiting-approval",
      "awaiting-approval",
      "awaiting-approval",
      "active",
      "under-review",
      "active",
      "exiting",
      "exiting",
      "ended",
    ]);
  });

  it("an 'other' partnership sent back by the Leader, improved, and approved", () => {
    const opinions: LifecycleEvent[] = [
      { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
      { type: "record-opinion", stage: 0, role: "section-151-officer" },
    ];
    const approvals: LifecycleEvent[] = ["director", "leader", "portfolio-holder"].map((role) => ({ type: "record-stage-decision", stage: 1, role }));
    const states = journey(contextFor(routes.other, { state: "evaluation" }), [
      { type: "submit-evaluation" },
      ...opinions,
      { type: "request-changes", stage: 1, role: "leader", comments: "Set out the exit costs." },
      { type: "submit-evaluation" },
      ...opinions,
      ...approvals,
      { type: "all-approvals-given" },
    ]);
    expect(states.at(-1)).toBe("active");
    expect(states).toContain("evaluation");
  });

  it("a working group goes on the register as active with no approval route (framework 2.15-2.16)", () => {
    expect(journey(contextFor(routes.workingGroup, { exitStrategy: { required: false } }), [
      { type: "start-screening" },
      { type: "screen-in" },
      { type: "submit-evaluation" },
    ])).toEqual(["proposed", "screening", "evaluation", "active"]);
  });
});

import { describe, expect, it } from "vitest";
import { lifecycleEventTypes } from "../../../../src/domain/lifecycle/lifecycle-events";
import { finalStates, isFinal, lifecycleStates, type LifecycleState } from "../../../../src/domain/lifecycle/states";
import { guardDescriptions, ruleFor, transitionEdges, transitionTable } from "../../../../src/domain/lifecycle/transition-table";

const reachableFrom = (start: LifecycleState): Set<LifecycleState> => {
  const seen = new Set<LifecycleState>([start]);
  const queue = [start];
  for (let state = queue.shift(); state; state = queue.shift()) {
    for (const edge of transitionEdges.filter((e) => e.from === state && !seen.has(e.to))) {
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
};

describe("the transition table, as data the tab can draw", () => {
  it("every state of the lifecycle can be reached from proposed", () => {
    expect([...reachableFrom("proposed")].sort()).toEqual([...lifecycleStates].sort());
  });

  it("every state that is not final can still reach an end", () => {
    for (const state of lifecycleStates.filter((s) => !isFinal(s))) {
      expect([...reachableFrom(state)].some(isFinal), state).toBe(true);
    }
  });

  it("nothing leaves a final state", () => {
    expect(transitionEdges.filter((edge) => finalStates.includes(edge.from))).toEqual([]);
  });

  it("every event appears in the table, and no event has two rules from the same state", () => {
    expect(new Set(transitionTable.map((rule) => rule.event))).toEqual(new Set(lifecycleEventTypes));
    for (const state of lifecycleStates) {
      for (const event of lifecycleEventTypes) {
        expect(transitionTable.filter((rule) => rule.event === event && rule.from.includes(state)).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it("every rule names its source and only guards that are described", () => {
    for (const rule of transitionTable) {
      expect(rule.source.length).toBeGreaterThan(0);
      for (const guard of rule.guards) expect(guardDescriptions[guard]).toBeDefined();
    }
  });

  it("lists each arrow the brief describes", () => {
    const arrows = transitionEdges.map((edge) => `${edge.from} -${edge.event}-> ${edge.to}`);
    expect(arrows).toEqual(
      expect.arrayContaining([
        "proposed -start-screening-> screening",
        "screening -screen-in-> evaluation",
        "screening -screen-out-> screened-out",
        "evaluation -submit-evaluation-> awaiting-opinions",
        "evaluation -submit-evaluation-> awaiting-approval",
        "evaluation -submit-evaluation-> active",
        "awaiting-opinions -record-opinion-> awaiting-approval",
        "awaiting-opinions -request-changes-> evaluation",
        "awaiting-approval -request-changes-> evaluation",
        "awaiting-approval -reject-> rejected",
        "awaiting-approval -all-approvals-given-> active",
        "active -begin-review-> under-review",
        "under-review -complete-review-> active",
        "active -begin-exit-> exiting",
        "under-review -begin-exit-> exiting",
        "exiting -end-> ended",
        "awaiting-approval -withdraw-> withdrawn",
      ]),
    );
  });

  it("an arrangement under way leaves through an exit, not a withdrawal", () => {
    expect(ruleFor("withdraw", "active")).toBeUndefined();
    expect(ruleFor("withdraw", "exiting")).toBeUndefined();
  });
});

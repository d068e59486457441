import { describe, expect, it } from "vitest";
import type { LifecycleEvent, LifecycleEventType } from "../../../../src/domain/lifecycle/lifecycle-events";
import { lifecycleEventTypes } from "../../../../src/domain/lifecycle/lifecycle-events";
import { isFinal, lifecycleStates, type LifecycleState } from "../../../../src/domain/lifecycle/states";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { ruleFor } from "../../../../src/domain/lifecycle/transition-table";
import { contextFor, expectOk, expectRefused, routes } from "./lifecycle-fixtures";

const eventOf = (type: LifecycleEventType): LifecycleEvent =>
  ({ type, reason: "A reason", comments: "Comments", stage: 1, role: "director" }) as LifecycleEvent;

describe("out-of-order events are refused, naming the state and what it allows", () => {
  const outOfOrder = lifecycleStates
    .filter((state) => !isFinal(state))
    .flatMap((state) => lifecycleEventTypes.filter((type) => !ruleFor(type, state)).map((type) => [state, type] as const))
    // These two have sharper answers of their own, tested below.
    .filter(([state, type]) => !(state === "awaiting-opinions" && ["record-stage-decision", "reject", "all-approvals-given"].includes(type)))
    .filter(([state, type]) => !(type === "withdraw" && ["active", "under-review", "exiting"].includes(state)));

  it.each(outOfOrder)("from %s, %s is refused", (state, type) => {
    const error = expectRefused(transition(contextFor(routes.other, { state }), eventOf(type)));
    expect(error.code).toBe("not-allowed-now");
    expect(error.message).toContain("From ");
  });

  it("the message names the state and what it allows", () => {
    const error = expectRefused(transition(contextFor(routes.other, { state: "evaluation" }), { type: "begin-review" }));
    expect(error.message).toBe(
      '"Begin review" cannot happen while the arrangement is Evaluation. From Evaluation the register allows: Submit evaluation and Withdraw.',
    );
  });

  it.each([
    ["an unknown event", { type: "approve-everything" }],
    ["an event with no type", {}],
    ["no event at all", null],
  ])("%s is refused as unknown", (_name, event) => {
    const error = expectRefused(transition(contextFor(routes.other, { state: "proposed" }), event as unknown as LifecycleEvent));
    expect(error.code).toBe("unknown-event");
    expect(error.message).toContain("From Proposed the register allows: Start screening and Withdraw.");
  });
});

describe("withdrawing", () => {
  const beforeActive: LifecycleState[] = ["proposed", "screening", "evaluation", "awaiting-opinions", "awaiting-approval"];

  it.each(beforeActive)("a proposal can be withdrawn from %s, with a reason", (state) => {
    expect(expectOk(transition(contextFor(routes.other, { state }), { type: "withdraw", reason: "Partner pulled out" })).state).toBe("withdrawn");
  });

  it.each(beforeActive)("a proposal cannot be withdrawn from %s without a reason", (state) => {
    expect(expectRefused(transition(contextFor(routes.other, { state }), { type: "withdraw", reason: "" })).code).toBe("reason-required");
  });

  it.each<LifecycleState>(["active", "under-review", "exiting"])(
    "an arrangement that is %s is left through an exit, where the Lead Member takes part, not withdrawn",
    (state) => {
      const error = expectRefused(transition(contextFor(routes.other, { state }), { type: "withdraw", reason: "Changed priorities" }));
      expect(error.code).toBe("exit-instead");
      expect(error.message).toContain("the Lead Member can take part in the decision (framework 5.3)");
    },
  );
});

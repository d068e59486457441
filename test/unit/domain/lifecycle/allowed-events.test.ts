import { describe, expect, it } from "vitest";
import { allowedEvents, blockedEvents } from "../../../../src/domain/lifecycle/allowed-events";
import type { LifecycleContext } from "../../../../src/domain/lifecycle/lifecycle-context";
import type { LifecycleEventType } from "../../../../src/domain/lifecycle/lifecycle-events";
import { active, contextFor, routes, run, submitted, workRoute } from "./lifecycle-fixtures";

describe("what the tab may offer", () => {
  it.each<[string, () => LifecycleContext, LifecycleEventType[]]>([
    ["a new proposal", () => contextFor(routes.other), ["start-screening", "withdraw"]],
    ["a proposal being screened", () => contextFor(routes.other, { state: "screening" }), ["screen-in", "screen-out", "withdraw"]],
    ["a proposal in evaluation", () => contextFor(routes.other, { state: "evaluation" }), ["submit-evaluation", "withdraw"]],
    ["a proposal awaiting opinions", () => submitted(routes.other), ["record-opinion", "request-changes", "withdraw"]],
    ["a proposal part-way through approval", () => run(workRouteToApproval(), { type: "record-stage-decision", stage: 1, role: "director" }), ["record-stage-decision", "request-changes", "reject", "withdraw"]],
    ["a proposal whose route is complete", () => workRoute(submitted(routes.other)), ["all-approvals-given", "withdraw"]],
    ["an active arrangement", () => active(), ["begin-review", "begin-exit"]],
    ["an arrangement under review", () => run(active(), { type: "begin-review" }), ["complete-review", "begin-exit"]],
    ["an exit awaiting the Lead Member", () => run(active(), { type: "begin-exit", reason: "Merged" }), ["approve-exit", "refuse-exit"]],
    ["an exit the Lead Member has decided", () => run(active(), { type: "begin-exit", reason: "Merged" }, { type: "approve-exit", role: "lead-member" }), ["end"]],
  ])("%s", (_name, context, expected) => {
    expect(allowedEvents(context())).toEqual(expected);
  });

  it("a screening that found an exclusion does not offer screen in, and says why", () => {
    const context = contextFor(routes.other, { state: "screening", screening: { result: "out", exclusion: "a consultative group", cite: "dartford 2.3" } });
    expect(allowedEvents(context)).toEqual(["screen-out", "withdraw"]);
    expect(blockedEvents(context).map((b) => [b.event, b.error.code])).toEqual([["screen-in", "screened-out-by-policy"]]);
  });

  it("submission is not offered without the required exit strategy, and the button can say why", () => {
    const context = contextFor(routes.other, { state: "evaluation", exitStrategy: { required: true, cite: "framework 2.12" } });
    expect(allowedEvents(context)).toEqual(["withdraw"]);
    expect(blockedEvents(context)[0]?.error.code).toBe("exit-strategy-missing");
  });
});

function workRouteToApproval(): LifecycleContext {
  return run(
    submitted(routes.other),
    { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
    { type: "record-opinion", stage: 0, role: "section-151-officer" },
  );
}

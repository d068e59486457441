import { describe, expect, it } from "vitest";
import type { RouteStage } from "../../../../src/domain/lifecycle/lifecycle-context";
import type { LifecycleState } from "../../../../src/domain/lifecycle/states";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { contextFor, expectOk, expectRefused, routes, run, submitted } from "./lifecycle-fixtures";

const evaluating = (route: readonly RouteStage[]) => contextFor(route, { state: "evaluation" });

describe("submitting an evaluation", () => {
  it.each<[string, readonly RouteStage[], LifecycleState]>([
    ["a significant partnership waits for the statutory opinions", routes.significant, "awaiting-opinions"],
    ["an 'other' partnership waits for the statutory opinions", routes.other, "awaiting-opinions"],
    ["an ad hoc partnership (no opinion stage in its route) waits for the Director's approval", routes.adHoc, "awaiting-approval"],
    ["a working group, with no approval route, becomes active", routes.workingGroup, "active"],
    ["an ad hoc resilience arrangement, whose route only informs, becomes active", routes.adHocResilience, "active"],
  ])("%s", (_name, route, expected) => {
    expect(expectOk(transition(evaluating(route), { type: "submit-evaluation" })).state).toBe(expected);
  });

  it("opens the first stage of the route and asks its roles", () => {
    const result = expectOk(transition(evaluating(routes.significant), { type: "submit-evaluation" }));
    expect(result.effects).toEqual([
      { type: "open-stage", stage: 0, stageType: "opinion", roles: ["deputy-monitoring-officer", "section-151-officer"], cite: "framework 2.14" },
    ]);
  });

  it("an inform-only route tells its roles and notes the stage", () => {
    const result = expectOk(transition(evaluating(routes.adHocResilience), { type: "submit-evaluation" }));
    expect(result.effects).toEqual([{ type: "inform", stage: 0, roles: ["leader", "portfolio-holder"], cite: "framework 3.10c" }]);
    expect(result.context.stages[0]?.status).toBe("noted");
  });

  it("a partnership cannot be submitted for approval without an exit strategy where the policy requires one", () => {
    const context = contextFor(routes.other, { state: "evaluation", exitStrategy: { required: true, cite: "framework 2.12", instigatedBy: "Head of Housing" } });
    const error = expectRefused(transition(context, { type: "submit-evaluation" }));
    expect(error.code).toBe("exit-strategy-missing");
    expect(error.message).toContain("(framework 2.12)");
  });

  it("an exit strategy that does not say who at the council instigates exit is not enough", () => {
    const context = contextFor(routes.other, { state: "evaluation", exitStrategy: { required: true, cite: "framework 2.12", text: "Six months' notice", instigatedBy: " " } });
    expect(expectRefused(transition(context, { type: "submit-evaluation" })).code).toBe("exit-strategy-no-instigator");
  });

  it("where the policy does not require an exit strategy, none is needed", () => {
    const context = contextFor(routes.adHoc, { state: "evaluation", exitStrategy: { required: false } });
    expect(expectOk(transition(context, { type: "submit-evaluation" })).state).toBe("awaiting-approval");
  });

  it("a route that puts an approval before a statutory opinion is refused as a policy error", () => {
    const misordered: RouteStage[] = [
      { type: "approval", roles: ["director"], cite: "framework 2.14b" },
      { type: "opinion", roles: ["section-151-officer"], cite: "framework 2.14" },
    ];
    const error = expectRefused(transition(evaluating(misordered), { type: "submit-evaluation" }));
    expect(error.code).toBe("opinions-not-first");
    expect(error.message).toContain("policy pack");
  });

  it("a resubmitted evaluation starts its route afresh", () => {
    const sentBack = run(
      submitted(routes.other),
      { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
      { type: "request-changes", stage: 0, role: "section-151-officer", comments: "Quantify the VAT position." },
    );
    const resubmitted = expectOk(transition(sentBack, { type: "submit-evaluation" })).context;
    expect(resubmitted.stages.map((stage) => [stage.status, stage.decisions])).toEqual([
      ["pending", {}],
      ["pending", {}],
    ]);
  });
});

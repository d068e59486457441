import { describe, expect, it } from "vitest";
import { firstError } from "../../../../src/domain/lifecycle/guards/first-error";
import { guardExitDecisionComplete, guardExitDecisionOutstanding, guardExitDecisionRole } from "../../../../src/domain/lifecycle/guards/guard-exit-decision";
import { guardExitStrategyRecorded } from "../../../../src/domain/lifecycle/guards/guard-exit-strategy-recorded";
import { guardNotFinal } from "../../../../src/domain/lifecycle/guards/guard-not-final";
import { guardReasonGiven } from "../../../../src/domain/lifecycle/guards/guard-reason-given";
import { guardRouteComplete } from "../../../../src/domain/lifecycle/guards/guard-route-complete";
import { guardScreenedIn } from "../../../../src/domain/lifecycle/guards/guard-screened-in";
import { guardOpenStage, guardStageInTurn } from "../../../../src/domain/lifecycle/guards/guard-stage-in-turn";
import { guardOpinionsComeFirst, guardStatutoryOpinionsRecorded } from "../../../../src/domain/lifecycle/guards/guard-statutory-opinions";
import { LifecycleError } from "../../../../src/domain/lifecycle/lifecycle-error";
import { lifecycleStates, isFinal } from "../../../../src/domain/lifecycle/states";
import { contextFor, routes, run, submitted, workRoute } from "./lifecycle-fixtures";

const code = (error: LifecycleError | null) => error?.code ?? null;

describe("each guard on its own", () => {
  it.each(lifecycleStates)("not-final: %s", (state) => {
    expect(code(guardNotFinal(state))).toBe(isFinal(state) ? "final-state" : null);
  });

  it.each([
    ["a reason", "Duplicates another partnership", null],
    ["an empty reason", "", "reason-required"],
    ["spaces", "   ", "reason-required"],
    ["nothing", undefined, "reason-required"],
  ])("reason-given: %s", (_name, reason, expected) => {
    expect(code(guardReasonGiven(reason, "reject"))).toBe(expected);
  });

  it.each([
    [{ result: "in" } as const, null],
    [{ result: "not-screened" } as const, "screening-not-done"],
    [{ result: "out", exclusion: "a contract", cite: "dartford 2.3" } as const, "screened-out-by-policy"],
  ])("screened-in: %j", (screening, expected) => {
    expect(code(guardScreenedIn(contextFor(routes.other, { screening })))).toBe(expected);
  });

  it.each([
    ["not required", { required: false }, null],
    ["required and recorded", { required: true, cite: "2.12", text: "Notice", instigatedBy: "Head of Service" }, null],
    ["required, no text", { required: true, cite: "2.12", instigatedBy: "Head of Service" }, "exit-strategy-missing"],
    ["required, no instigator", { required: true, cite: "2.12", text: "Notice" }, "exit-strategy-no-instigator"],
  ])("exit-strategy-recorded: %s", (_name, exitStrategy, expected) => {
    expect(code(guardExitStrategyRecorded(contextFor(routes.other, { exitStrategy })))).toBe(expected);
  });

  it("exit-strategy-recorded cites a bare section number as the framework's", () => {
    const error = guardExitStrategyRecorded(contextFor(routes.other, { exitStrategy: { required: true, cite: "2.12" } }));
    expect(error?.message).toContain("(framework 2.12)");
  });

  it("opinions-come-first: accepts every gravesham route and refuses an opinion after an approval", () => {
    for (const route of Object.values(routes)) expect(guardOpinionsComeFirst(contextFor(route))).toBeNull();
    const late = contextFor([...routes.adHoc, { type: "opinion", roles: ["section-151-officer"], cite: "2.14" }]);
    expect(code(guardOpinionsComeFirst(late))).toBe("opinions-not-first");
  });

  it("statutory-opinions-recorded: refuses until every opinion is in", () => {
    const awaiting = submitted(routes.other);
    expect(code(guardStatutoryOpinionsRecorded(awaiting))).toBe("opinions-missing");
    const both = run(
      awaiting,
      { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
      { type: "record-opinion", stage: 0, role: "section-151-officer" },
    );
    expect(guardStatutoryOpinionsRecorded(both)).toBeNull();
    expect(guardStatutoryOpinionsRecorded(contextFor(routes.adHoc))).toBeNull();
  });

  it.each([
    ["the stage in turn, by its role", { stage: 0, role: "section-151-officer" }, null],
    ["a stage not on the route", { stage: 9, role: "leader" }, "stage-not-found"],
    ["a later stage", { stage: 1, role: "leader" }, "wrong-stage-type"],
    ["a role not on the stage", { stage: 0, role: "leader" }, "role-not-in-stage"],
    ["no role", { stage: 0 }, "role-not-in-stage"],
  ])("stage-in-turn (opinions): %s", (_name, act, expected) => {
    expect(code(guardStageInTurn(submitted(routes.other), act, ["opinion"]))).toBe(expected);
  });

  it("stage-in-turn refuses a later stage while an earlier one is pending, and a done stage", () => {
    const opinionsIn = run(
      submitted(routes.fullSharedService),
      { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
      { type: "record-opinion", stage: 1, role: "section-151-officer" },
    );
    expect(code(guardStageInTurn(opinionsIn, { stage: 3, role: "cabinet" }, ["approval", "meeting"]))).toBe("stage-out-of-order");
    expect(code(guardStageInTurn(opinionsIn, { stage: 1, role: "section-151-officer" }, ["opinion"]))).toBe("already-decided");
  });

  it("open-stage: offers a stage only of the type in turn", () => {
    expect(guardOpenStage(submitted(routes.other), ["opinion"])).toBeNull();
    expect(code(guardOpenStage(submitted(routes.other), ["approval"]))).toBe("no-open-stage");
  });

  it("route-complete: refuses while a stage waits, accepts a worked route", () => {
    expect(code(guardRouteComplete(submitted(routes.significant)))).toBe("route-incomplete");
    expect(guardRouteComplete(workRoute(submitted(routes.significant)))).toBeNull();
  });

  it("exit decision guards follow the pack's decision roles", () => {
    const exiting = contextFor(routes.other, { state: "exiting" });
    expect(guardExitDecisionRole(exiting, "lead-member")).toBeNull();
    expect(code(guardExitDecisionRole(exiting, "leader"))).toBe("not-an-exit-decision-role");
    expect(code(guardExitDecisionRole(exiting, 42))).toBe("not-an-exit-decision-role");
    expect(code(guardExitDecisionComplete(exiting))).toBe("exit-decision-incomplete");
    expect(guardExitDecisionOutstanding(exiting)).toBeNull();
    const decided = { ...exiting, exit: { ...exiting.exit, approvedBy: ["lead-member"] } };
    expect(guardExitDecisionComplete(decided)).toBeNull();
    expect(code(guardExitDecisionRole(decided, "lead-member"))).toBe("already-decided");
    expect(code(guardExitDecisionOutstanding(decided))).toBe("already-decided");
  });

  it("firstError stops at the first refusal and does not run later guards", () => {
    const first = new LifecycleError("reason-required", "first");
    const later = () => {
      throw new Error("should not run");
    };
    expect(firstError(() => null, () => first, later)).toBe(first);
    expect(firstError(() => null)).toBeNull();
  });

  it("a LifecycleError is recognised as such", () => {
    expect(LifecycleError.is(new LifecycleError("final-state", "x"))).toBe(true);
    expect(LifecycleError.is(new Error("x"))).toBe(false);
    expect(new LifecycleError("final-state", "x").name).toBe("LifecycleError");
  });
});

import { describe, expect, it } from "vitest";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { expectOk, expectRefused, routes, run, submitted, workRoute } from "./lifecycle-fixtures";

const opinions = [
  { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
  { type: "record-opinion", stage: 0, role: "section-151-officer" },
] as const;
const significantAtManagementTeam = () => run(submitted(routes.significant), ...opinions);

describe("working the approval route in order (framework 2.14, 3.10)", () => {
  it("the Portfolio Holder cannot approve a significant partnership before Management Team has discussed it", () => {
    const error = expectRefused(transition(significantAtManagementTeam(), { type: "record-stage-decision", stage: 2, role: "portfolio-holder" }));
    expect(error.code).toBe("stage-out-of-order");
    expect(error.message).toContain("Management Team (stage 2) comes first on the route and is still pending");
  });

  it("recording Management Team's discussion opens the members' approval", () => {
    const result = expectOk(transition(significantAtManagementTeam(), { type: "record-stage-decision", stage: 1, role: "management-team" }));
    expect(result.state).toBe("awaiting-approval");
    expect(result.context.stages[1]?.status).toBe("recorded");
    expect(result.effects).toEqual([
      { type: "open-stage", stage: 2, stageType: "approval", roles: ["portfolio-holder", "leader"], cite: "framework 2.14a" },
    ]);
  });

  it("an approval stage needs every role: the Portfolio Holder alone leaves it pending", () => {
    const partly = run(
      significantAtManagementTeam(),
      { type: "record-stage-decision", stage: 1, role: "management-team" },
      { type: "record-stage-decision", stage: 2, role: "portfolio-holder" },
    );
    expect(partly.stages[2]?.status).toBe("pending");
    const error = expectRefused(transition(partly, { type: "all-approvals-given" }));
    expect(error.code).toBe("route-incomplete");
    expect(error.message).toContain("still waiting for the Leader of the Executive");
  });

  it("the last approval completes the route, informs the Cabinet Committee and signals the route is complete", () => {
    const almost = run(
      significantAtManagementTeam(),
      { type: "record-stage-decision", stage: 1, role: "management-team" },
      { type: "record-stage-decision", stage: 2, role: "portfolio-holder" },
    );
    const result = expectOk(transition(almost, { type: "record-stage-decision", stage: 2, role: "leader" }));
    expect(result.context.stages.map((stage) => stage.status)).toEqual(["recorded", "recorded", "approved", "noted"]);
    expect(result.effects).toEqual([
      { type: "inform", stage: 3, roles: ["cabinet-committee"], cite: "framework 2.14a" },
      { type: "route-complete" },
    ]);
    expect(expectOk(transition(result.context, { type: "all-approvals-given" })).state).toBe("active");
  });

  it("a full shared service's business case goes to Cabinet only after the Director, Leader and Portfolio Holder approve", () => {
    const opinionsIn = run(
      submitted(routes.fullSharedService),
      { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
      { type: "record-opinion", stage: 1, role: "section-151-officer" },
    );
    expect(expectRefused(transition(opinionsIn, { type: "record-stage-decision", stage: 3, role: "cabinet" })).code).toBe("stage-out-of-order");
    expect(workRoute(opinionsIn).stages.map((stage) => stage.status)).toEqual(["recorded", "recorded", "approved", "recorded"]);
  });

  it("an ad hoc partnership approved by the Director keeps the Lead Member informed and becomes active", () => {
    const result = expectOk(transition(submitted(routes.adHoc), { type: "record-stage-decision", stage: 0, role: "director" }));
    expect(result.effects).toContainEqual({ type: "inform", stage: 1, roles: ["lead-member"], cite: "framework 2.14c" });
    expect(expectOk(transition(result.context, { type: "all-approvals-given" })).state).toBe("active");
  });

  it("a role cannot approve a stage it has no part in", () => {
    const error = expectRefused(transition(submitted(routes.adHoc), { type: "record-stage-decision", stage: 0, role: "leader" }));
    expect(error.code).toBe("role-not-in-stage");
  });

  it("a stage the route does not have cannot be decided", () => {
    expect(expectRefused(transition(submitted(routes.adHoc), { type: "record-stage-decision", stage: 7, role: "director" })).code).toBe("stage-not-found");
  });

  it("an opinion stage cannot be approved as if it were an approval", () => {
    const error = expectRefused(transition(significantAtManagementTeam(), { type: "record-stage-decision", stage: 0, role: "section-151-officer" }));
    expect(error.code).toBe("wrong-stage-type");
    expect(error.message).toContain("is a statutory opinion stage, not an approval or meeting stage.");
  });

  it("an approval given twice is refused as already decided", () => {
    const once = run(submitted(routes.other), ...opinions, { type: "record-stage-decision", stage: 1, role: "director" });
    expect(expectRefused(transition(once, { type: "record-stage-decision", stage: 1, role: "director" })).code).toBe("already-decided");
  });

  it("no approval without an exit strategy: it is checked again before the arrangement becomes active", () => {
    const approved = workRoute(submitted(routes.other));
    const strategyDeleted = { ...approved, exitStrategy: { required: true, cite: "framework 2.12" } };
    const error = expectRefused(transition(strategyDeleted, { type: "all-approvals-given" }));
    expect(error.code).toBe("exit-strategy-missing");
    expect(error.message).toContain("(framework 2.12)");
  });
});

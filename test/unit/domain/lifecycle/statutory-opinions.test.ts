import { describe, expect, it } from "vitest";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { contextFor, expectOk, expectRefused, routes, run, submitted } from "./lifecycle-fixtures";

const dmo = { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" } as const;
const s151 = { type: "record-opinion", stage: 0, role: "section-151-officer" } as const;
const managementTeam = { type: "record-stage-decision", stage: 1, role: "management-team" } as const;

describe("statutory opinions before any approval (framework 2.14, 3.9)", () => {
  it("a significant partnership cannot reach Management Team before both statutory opinions are recorded", () => {
    const error = expectRefused(transition(submitted(routes.significant), managementTeam));
    expect(error.code).toBe("opinions-missing");
    expect(error.message).toBe(
      "The opinions of the Deputy Monitoring Officer and Section 151 Officer have not been recorded yet: no approval can open before the statutory opinions are in (framework 2.14).",
    );
  });

  it("with only the Deputy Monitoring Officer's opinion in, the Section 151 Officer's is named as missing", () => {
    const error = expectRefused(transition(run(submitted(routes.significant), dmo), managementTeam));
    expect(error.message).toBe(
      "The Section 151 Officer's opinion has not been recorded yet: no approval can open before the statutory opinions are in (framework 2.14).",
    );
  });

  it("one opinion recorded keeps the proposal awaiting opinions", () => {
    const result = expectOk(transition(submitted(routes.significant), dmo));
    expect(result.state).toBe("awaiting-opinions");
    expect(result.effects).toEqual([]);
    expect(result.context.stages[0]?.decisions).toEqual({ "deputy-monitoring-officer": "recorded" });
  });

  it("the last opinion opens the approval route at its next stage", () => {
    const result = expectOk(transition(run(submitted(routes.significant), dmo), s151));
    expect(result.state).toBe("awaiting-approval");
    expect(result.context.stages[0]?.status).toBe("recorded");
    expect(result.effects).toEqual([{ type: "open-stage", stage: 1, stageType: "meeting", roles: ["management-team"], cite: "framework 2.14a" }]);
  });

  it("opinion stages are also worked in route order: the Section 151 Officer's stage waits for the Deputy Monitoring Officer's", () => {
    const error = expectRefused(transition(submitted(routes.fullSharedService), { type: "record-opinion", stage: 1, role: "section-151-officer" }));
    expect(error.code).toBe("stage-out-of-order");
  });

  it("an opinion can only be recorded by a role the opinion stage names", () => {
    const error = expectRefused(transition(submitted(routes.significant), { type: "record-opinion", stage: 0, role: "leader" }));
    expect(error.code).toBe("role-not-in-stage");
    expect(error.message).toContain("Leader of the Executive has no part");
  });

  it("an opinion is recorded once: a repeated card click is refused as already decided", () => {
    expect(expectRefused(transition(run(submitted(routes.significant), dmo), dmo)).code).toBe("already-decided");
  });

  it("an approval stage is not an opinion", () => {
    const error = expectRefused(transition(submitted(routes.significant), { type: "record-opinion", stage: 2, role: "leader" }));
    expect(error.code).toBe("wrong-stage-type");
  });

  it("a rejection or all-approvals while opinions are awaited is refused with the statutory-opinions reason", () => {
    const awaiting = submitted(routes.significant);
    const reject = { type: "reject", stage: 1, role: "management-team", reason: "Not a priority" } as const;
    expect(expectRefused(transition(awaiting, reject)).code).toBe("opinions-missing");
    expect(expectRefused(transition(awaiting, { type: "all-approvals-given" })).code).toBe("opinions-missing");
  });

  it("a record typed into SharePoint as awaiting approval still cannot be approved while an opinion is missing", () => {
    const typedIn = contextFor(routes.significant, { state: "awaiting-approval" });
    expect(expectRefused(transition(typedIn, managementTeam)).code).toBe("opinions-missing");
  });
});

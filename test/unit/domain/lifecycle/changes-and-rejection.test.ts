import { describe, expect, it } from "vitest";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { expectOk, expectRefused, routes, run, submitted } from "./lifecycle-fixtures";

const opinionsIn = () =>
  run(
    submitted(routes.other),
    { type: "record-opinion", stage: 0, role: "deputy-monitoring-officer" },
    { type: "record-opinion", stage: 0, role: "section-151-officer" },
  );

describe("sending a proposal back for changes", () => {
  it("the Section 151 Officer can send a proposal back to evaluation with comments", () => {
    const result = expectOk(
      transition(submitted(routes.other), { type: "request-changes", stage: 0, role: "section-151-officer", comments: "Quantify exit costs." }),
    );
    expect(result.state).toBe("evaluation");
    expect(result.context.stages[0]?.status).toBe("changes-requested");
    expect(result.context.stages[0]?.decisions).toEqual({ "section-151-officer": "changes-requested" });
  });

  it("the Leader can ask for changes at the approval stage", () => {
    const result = expectOk(transition(opinionsIn(), { type: "request-changes", stage: 1, role: "leader", comments: "Name the accountable body." }));
    expect(result.state).toBe("evaluation");
  });

  it("changes cannot be requested without saying what must change", () => {
    const error = expectRefused(transition(opinionsIn(), { type: "request-changes", stage: 1, role: "leader", comments: "" }));
    expect(error.code).toBe("reason-required");
  });

  it("while opinions are awaited, only an opinion-giver can ask for changes", () => {
    const error = expectRefused(transition(submitted(routes.other), { type: "request-changes", stage: 1, role: "leader", comments: "Too costly." }));
    expect(error.code).toBe("wrong-stage-type");
  });
});

describe("rejecting a proposal", () => {
  it("an approver rejects with a reason and the proposal is rejected", () => {
    const result = expectOk(transition(opinionsIn(), { type: "reject", stage: 1, role: "portfolio-holder", reason: "Duplicates an existing partnership." }));
    expect(result.state).toBe("rejected");
    expect(result.context.stages[1]?.status).toBe("rejected");
  });

  it.each(["", "  "])("a proposal cannot be rejected without a reason (%j)", (reason) => {
    expect(expectRefused(transition(opinionsIn(), { type: "reject", stage: 1, role: "portfolio-holder", reason })).code).toBe("reason-required");
  });

  it("only a role of the stage in turn can reject", () => {
    const error = expectRefused(transition(opinionsIn(), { type: "reject", stage: 1, role: "cabinet", reason: "No." }));
    expect(error.code).toBe("role-not-in-stage");
  });

  it("a statutory officer's opinion is not a rejection: reject is not offered while opinions are awaited", () => {
    const error = expectRefused(transition(submitted(routes.other), { type: "reject", stage: 0, role: "section-151-officer", reason: "Objects." }));
    expect(error.code).toBe("opinions-missing");
  });
});

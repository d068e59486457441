import { describe, expect, it } from "vitest";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { contextFor, expectOk, expectRefused, routes } from "./lifecycle-fixtures";

describe("screening a proposal", () => {
  it("a new proposal starts screening", () => {
    expect(expectOk(transition(contextFor(routes.other), { type: "start-screening" })).state).toBe("screening");
  });

  it("a proposal the screening finds to be a partnership goes on to evaluation", () => {
    const screening = contextFor(routes.other, { state: "screening" });
    expect(expectOk(transition(screening, { type: "screen-in" })).state).toBe("evaluation");
  });

  it("a proposal cannot be screened in before the screening questions are answered", () => {
    const screening = contextFor(routes.other, { state: "screening", screening: { result: "not-screened" } });
    const error = expectRefused(transition(screening, { type: "screen-in" }));
    expect(error.code).toBe("screening-not-done");
  });

  it("a contract for services cannot be screened in: the screening says why, citing the framework", () => {
    const screening = contextFor(routes.other, {
      state: "screening",
      screening: { result: "out", exclusion: "a contract for services", cite: "dartford 2.3" },
    });
    const error = expectRefused(transition(screening, { type: "screen-in" }));
    expect(error.code).toBe("screened-out-by-policy");
    expect(error.message).toContain("a contract for services (dartford 2.3)");
  });

  it("a proposal is screened out with its reason", () => {
    const screening = contextFor(routes.other, { state: "screening" });
    const result = expectOk(transition(screening, { type: "screen-out", reason: "A contract for services" }));
    expect(result.state).toBe("screened-out");
  });

  it.each(["", "   "])("a proposal cannot be screened out without a reason (%j)", (reason) => {
    const screening = contextFor(routes.other, { state: "screening" });
    expect(expectRefused(transition(screening, { type: "screen-out", reason })).code).toBe("reason-required");
  });
});

import { describe, expect, it } from "vitest";
import { transition } from "../../../../src/domain/lifecycle/transition";
import { active, expectOk, expectRefused, run } from "./lifecycle-fixtures";

const exiting = () => run(active(), { type: "begin-exit", reason: "External funding ceases" });

describe("reviews", () => {
  it("an active arrangement goes under review and comes back active", () => {
    const reviewing = expectOk(transition(active(), { type: "begin-review" }));
    expect(reviewing.state).toBe("under-review");
    expect(expectOk(transition(reviewing.context, { type: "complete-review" })).state).toBe("active");
  });
});

describe("exit and termination (framework 5.3)", () => {
  it.each([
    ["an active arrangement", () => active()],
    ["an arrangement under review", () => run(active(), { type: "begin-review" })],
  ])("%s can begin an exit, asking the exit decision roles", (_name, from) => {
    const result = expectOk(transition(from(), { type: "begin-exit", reason: "Objectives achieved" }));
    expect(result.state).toBe("exiting");
    expect(result.effects).toEqual([{ type: "open-exit-decision", roles: ["lead-member"], cite: "framework 5.3" }]);
  });

  it("an exit cannot begin without a reason", () => {
    expect(expectRefused(transition(active(), { type: "begin-exit", reason: "" })).code).toBe("reason-required");
  });

  it("a partnership cannot end before the Lead Member has taken part in the decision to exit", () => {
    const error = expectRefused(transition(exiting(), { type: "end" }));
    expect(error.code).toBe("exit-decision-incomplete");
    expect(error.message).toBe(
      "The Lead Member has not taken part in the decision to exit yet: the arrangement can only end once every role the policy names has taken part (framework 5.3).",
    );
  });

  it("once the Lead Member has taken part, the arrangement ends and Cabinet is advised", () => {
    const decided = run(exiting(), { type: "approve-exit", role: "lead-member" });
    expect(decided.exit.approvedBy).toEqual(["lead-member"]);
    const result = expectOk(transition(decided, { type: "end" }));
    expect(result.state).toBe("ended");
    expect(result.effects).toEqual([{ type: "inform-exit", roles: ["cabinet"], cite: "framework 5.3" }]);
  });

  it("every decision role must take part when the pack names several", () => {
    const pack = { ...exiting(), exit: { decisionRoles: ["lead-member", "director"], approvedBy: ["director"], cite: "framework 5.3" } };
    expect(expectRefused(transition(pack, { type: "end" })).message).toContain("The Lead Member has not taken part");
  });

  it("a role the policy does not name for exit cannot take part in the decision", () => {
    const error = expectRefused(transition(exiting(), { type: "approve-exit", role: "director" }));
    expect(error.code).toBe("not-an-exit-decision-role");
    expect(error.message).toContain("those are the Lead Member");
  });

  it("the Lead Member takes part once", () => {
    const decided = run(exiting(), { type: "approve-exit", role: "lead-member" });
    expect(expectRefused(transition(decided, { type: "approve-exit", role: "lead-member" })).code).toBe("already-decided");
  });

  it("a fresh exit forgets who took part in an earlier one", () => {
    const earlier = { ...active(), exit: { ...active().exit, approvedBy: ["lead-member"] } };
    expect(run(earlier, { type: "begin-exit", reason: "Merged" }).exit.approvedBy).toEqual([]);
  });

  it("where the pack names no exit decision roles, the exit can end at once", () => {
    const none = { ...exiting(), exit: { decisionRoles: [], approvedBy: [], cite: "exit" } };
    const result = expectOk(transition(none, { type: "end" }));
    expect(result.effects).toEqual([]);
  });
});

describe("an exit refused (framework 5.3)", () => {
  it("the Lead Member refusing the exit, with a reason, returns the arrangement to active and the decision starts afresh", () => {
    const result = expectOk(transition(exiting(), { type: "refuse-exit", role: "lead-member", reason: "The funding has been renewed for two years." }));
    expect(result.state).toBe("active");
    expect(result.context.exit.approvedBy).toEqual([]);
  });

  it("a refusal needs a reason, and only a role that decides the exit may refuse it", () => {
    expect(expectRefused(transition(exiting(), { type: "refuse-exit", role: "lead-member", reason: " " })).code).toBe("reason-required");
    expect(expectRefused(transition(exiting(), { type: "refuse-exit", role: "leader", reason: "No." })).code).toBe("not-an-exit-decision-role");
  });

  it("an active arrangement has no exit to refuse", () => {
    expect(expectRefused(transition(active(), { type: "refuse-exit", role: "lead-member", reason: "No." })).code).not.toBe(undefined);
  });
});

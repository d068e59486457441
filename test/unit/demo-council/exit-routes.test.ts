import { describe, expect, it } from "vitest";
import { exitRoute } from "../../../src/domain/exit/exit-route";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";
import { exitProblems } from "../../../src/sharepoint/exit/exit-inputs";
import { arrangementSpecs } from "../../../src/demo-council/arrangements";
import { council } from "./resolve-with-fake-ids";

const pack = getBuiltInPack("gravesham")!;
const exiting = council.arrangements.filter((a) => a.record.status === "exiting");
const exitOf = (key: string) => council.exits.find((e) => e.record.arrangementId.key === key);
const exitStagesOf = (key: string) => council.approvalStages.filter((s) => s.record.arrangementId.key === key && s.record.routePurpose === "exit");
const trailOf = (key: string) => council.auditEntries.filter((e) => e.record.arrangementId?.key === key).map((e) => e.record);
const spec = (key: string) => arrangementSpecs.find((s) => s.key === key)!;

describe("an arrangement being exited waits for the Lead Member's decision, as if its exit had been begun in the tab", () => {
  it("Northbrook has two of them", () => {
    expect(exiting.map((a) => a.key).sort()).toEqual(["payroll-shared-service", "refugee-resettlement"]);
  });

  it.each(exiting.map((a) => [a.record.name, a.key]))("%s: the exit was begun by its lead officer with every detail beginning an exit asks for", (_name, key) => {
    const exit = exitOf(key)!.record;
    expect(exit.status).toBe("proposed");
    expect(exit.decisionDate).toBeUndefined();
    expect(exit.decidedBy.map((p) => p.$person)).toEqual([spec(key).leadOfficer]);
    const inputs = { reasonId: exit.reasonId, notice: exit.notice ?? "", succession: exit.succession ?? "", liabilities: exit.liabilities ?? "", assets: exit.assets ?? "" };
    expect(exitProblems(inputs, pack)).toEqual({});
  });

  it.each(exiting.map((a) => [a.record.name, a.key]))("%s: the Lead Member's decision is open and Cabinet waits to be told", (_name, key) => {
    const stages = exitStagesOf(key).map((s) => s.record);
    expect(stages.map((s) => [s.order, s.type, s.roles, s.label, s.status, s.exitId?.key])).toEqual(exitRoute(pack).map((r, i) => [i + 1, r.type, r.roles, r.label, "pending", key]));
    // gravesham 5.4: the Lead Member is the Cabinet member for the arrangement's portfolio; Cabinet's outcomes are recorded by Democratic Services.
    expect(stages.map((s) => s.assignees?.map((p) => p.$person))).toEqual([[spec(key).leadMember], ["democratic-services"]]);
    expect(stages[0]?.requestedAt).toBeDefined();
    expect(stages[1]?.requestedAt).toBeUndefined();
  });

  it.each(exiting.map((a) => [a.record.name, a.key]))("%s: the trail tells the exit begun, for the reason the record gives", (_name, key) => {
    const exit = exitOf(key)!.record;
    const reason = pack.exit.reasons.find((r) => r.id === exit.reasonId)!;
    const begunAt = exitStagesOf(key)[0]?.record.requestedAt;
    const begun = trailOf(key).filter((e) => e.at === begunAt);
    expect(begun.map((e) => [e.listTitle, e.action, e.by.$person, e.reason])).toEqual([
      ["Partnerships", "update", spec(key).leadOfficer, `Exit begun: ${reason.text}`],
      ["Exits", "create", spec(key).leadOfficer, `Exit begun: ${reason.text}`],
      ["ApprovalStages", "create", spec(key).leadOfficer, `Exit begun: ${reason.text}`],
      ["ApprovalStages", "create", spec(key).leadOfficer, `Exit begun: ${reason.text}`],
    ]);
    expect(begun[0]?.changes.status).toEqual({ before: "active", after: "exiting" });
    expect(council.arrangements.find((a) => a.key === key)?.record.statusReason).toContain(`${reason.text} (${reason.cite})`);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople } from "../../../../src/demo-council/index";
import type { PersonRef } from "../../../../src/domain/records/person-ref";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { decide } from "../../../../src/sharepoint/approvals/decide";
import { resolveExitRoute } from "../../../../src/sharepoint/exit/resolve-exit-route";
import { eq } from "../../../../src/sharepoint/odata";
import { readRecordAuditTrail } from "../../../../src/sharepoint/record/read-record-audit-trail";
import { repositoryFor } from "../../../../src/sharepoint/repositories";
import { ensureSiteUser } from "../../../../src/sharepoint/site-users";
import { startDemoSite, today, type DemoSite } from "../../register-files/demo-site";

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
}, 120_000);
afterAll(async () => {
  await site?.close();
});

const payroll = "Payroll Shared Service with Wessex County Council";
const refugees = "Northbrook Refugee Resettlement Partnership";
// The seeded council's day, so role holders and decisions are read as of the day it was built for.
const now = new Date(`${today}T15:00:00Z`);

const person = async (key: string): Promise<PersonRef> => {
  const user = await ensureSiteUser(site.sp, demoPeople.find((p) => p.key === key)!.email);
  return { id: user.id, title: user.title, email: user.email };
};
const arrangement = async (name: string) => {
  const [row] = await repositoryFor(site.sp, "Partnerships").query({ filter: eq("Title", name) });
  if (!row) throw new Error(`the demo has no arrangement named ${name}`);
  return row;
};
const exitRouteOf = async (arrangementId: number) =>
  (await repositoryFor(site.sp, "ApprovalStages").query({ filter: eq("ArrangementId", arrangementId) }))
    .filter((s) => s.record.routePurpose === "exit")
    .sort((a, b) => (a.record.order ?? 0) - (b.record.order ?? 0));

describe("Northbrook's exits being decided, seeded as beginning an exit would have written them", () => {
  it.each([
    [payroll, "hos-revenues", "ph-finance"],
    [refugees, "hos-housing", "ph-housing"],
  ])("%s: exiting, its exit proposed by %s, and the decision open with %s and Cabinet waiting", async (name, lead, leadMember) => {
    const row = await arrangement(name);
    expect(row.record.status).toBe("exiting");
    const [exit, ...more] = await repositoryFor(site.sp, "Exits").query({ filter: eq("ArrangementId", row.id) });
    expect(more).toEqual([]);
    expect(exit!.record).toMatchObject({ status: "proposed", decidedBy: [expect.objectContaining({ email: (await person(lead)).email })] });
    const stages = await exitRouteOf(row.id);
    expect(stages.map((s) => [s.record.order, s.record.type, s.record.roles, s.record.status, s.record.exitId, s.record.requestedAt !== undefined])).toEqual([
      [1, "approval", ["lead-member"], "pending", exit!.id, true],
      [2, "inform", ["cabinet"], "pending", exit!.id, false],
    ]);
    // The same people beginExit would have resolved from the site's own role holders for this arrangement.
    const holders = (await repositoryFor(site.sp, "RoleHolders").query({})).filter((h) => h.problems.length === 0).map((h) => ({ ...h.record, roleId: h.record.roleId!, person: h.record.person! }));
    const begunOn = stages[0]!.record.requestedAt!.slice(0, 10);
    const route = resolveExitRoute(getBuiltInPack("gravesham")!, holders, { portfolioId: row.record.portfolioId!, directorateId: row.record.directorateId! }, begunOn);
    expect(stages.map((s) => [s.record.label, s.record.assignees?.map((p) => p.id)])).toEqual(route.stages.map((s) => [s.label, s.people.map((p) => p.id)]));
    expect(stages[0]!.record.assignees?.map((p) => p.email)).toEqual([(await person(leadMember)).email]);
  });

  it("the wrong Lead Member cannot decide an exit that is not theirs", async () => {
    const row = await arrangement(refugees);
    const [decision] = await exitRouteOf(row.id);
    const result = await decide(site.sp, { stageId: decision!.id, actor: await person("ph-finance"), verb: "approve", inputs: {}, now });
    expect(result.outcome).toBe("not-assignee");
    expect((await arrangement(refugees)).record.status).toBe("exiting");
  });

  it("the Lead Member approves the payroll exit: the arrangement ends, the exit is completed and Cabinet is told", async () => {
    const row = await arrangement(payroll);
    const [decision, inform] = await exitRouteOf(row.id);
    const result = await decide(site.sp, { stageId: decision!.id, actor: await person("ph-finance"), verb: "approve", inputs: { comment: "Agreed: the county's service has not improved since the audit." }, now });
    expect(result.outcome).toBe("decided");
    if (result.outcome !== "decided") return;
    expect(result.state).toBe("ended");
    expect(result.informed).toEqual([inform!.id]);

    const after = await arrangement(payroll);
    expect(after.record.status).toBe("ended");
    expect(after.record.nextReviewDue).toBeUndefined();
    const [exit] = await repositoryFor(site.sp, "Exits").query({ filter: eq("ArrangementId", row.id) });
    expect(exit!.record.status).toBe("completed");
    expect(exit!.record.decisionDate).toBe(today);
    // Who took part (gravesham 5.3): the officer who began the exit, then the Lead Member who agreed it.
    expect(exit!.record.decidedBy?.map((p) => p.email)).toEqual([(await person("hos-revenues")).email, (await person("ph-finance")).email]);
    const [decided, told] = await exitRouteOf(row.id);
    expect([decided!.record.status, told!.record.status]).toEqual(["approved", "noted"]);
    const trail = await readRecordAuditTrail(site.sp, row.id);
    expect(trail.some((e) => e.entry.listTitle === "Partnerships" && e.changes.some((c) => c.property === "status" && c.before === "exiting" && c.after === "ended"))).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardVerbs } from "../../../src/cards/card-types";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";
import { beginExit } from "../../../src/sharepoint/exit/begin-exit";
import { ExitInputError } from "../../../src/sharepoint/exit/exit-inputs";
import { resolveExitRoute } from "../../../src/sharepoint/exit/resolve-exit-route";
import { readRecordAuditTrail } from "../../../src/sharepoint/record/read-record-audit-trail";
import { PermissionError } from "../../../src/sharepoint/errors/permission-error";
import { ConcurrencyError } from "../../../src/sharepoint/errors/concurrency-error";
import { eq } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { invoke, person, startBotSite, today, type BotSite } from "./bot-site";
import { buttonVerbs, cardProblems, cardText } from "./card-inspection";

let site: BotSite;
const people = ["ph-regeneration", "democratic-services", "hos-economy", "change-manager", "leader"];

beforeAll(async () => {
  site = await startBotSite();
  for (const key of people) await site.install(key);
}, 120_000);
afterAll(async () => {
  await site?.close();
});

const byName = async (name: string) => {
  const rows = await repositoryFor(site.sp, "Partnerships").query({ filter: eq("Title", name) });
  if (!rows[0]) throw new Error(`no arrangement named ${name}`);
  return rows[0];
};
const named = async (key: string) => {
  const user = await ensureSiteUser(site.sp, person(key).email);
  return { id: user.id, title: user.title, email: user.email };
};
const inputs = { reasonId: "poor-value", notice: "Six months' written notice to the partners, ending 31 March.", succession: "The business support helpline continues, run by the county council.", liabilities: "None after the final quarter's contribution.", assets: "The shared database returns to the council." };
const notify = () => fetch(site.bot.notifyUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ topic: "approvals" }) });
const cardsTo = (key: string, about: string) =>
  site.connector.calls.filter((c) => c.method === "POST" && c.conversationId === `a:personal-${key}` && cardText(c.activity.attachments?.[0]?.content).includes(about));

describe("the exit route for each built-in policy resolves to the roles the framework names", () => {
  it.each([
    ["gravesham", [["approval", { "lead-member": ["ph-regeneration"] }], ["inform", { cabinet: ["democratic-services"] }]]],
    ["dartford", [["approval", { director: ["dir-place"] }], ["inform", { "change-manager": ["change-manager"] }]]],
    ["protocol-j", [["approval", { "decision-maker": ["chief-executive"] }], ["inform", { "sponsoring-officer": ["hos-environment", "hos-planning", "hos-economy"] }]]],
    ["wiltshire", [["approval", { "head-of-service": ["hos-environment", "hos-planning", "hos-economy"], director: ["dir-place"] }]]],
  ] as const)("%s", async (packId, expected) => {
    const pack = getBuiltInPack(packId)!;
    const holders = (await repositoryFor(site.sp, "RoleHolders").query({})).filter((h) => h.problems.length === 0).map((h) => ({ ...h.record, roleId: h.record.roleId!, person: h.record.person! }));
    // A Place directorate partnership in the Regeneration & Economy portfolio.
    const arrangement = (await byName("Northbrook Town Centre BID Partnership")).record;
    const { stages, unheld } = resolveExitRoute(pack, holders, { portfolioId: arrangement.portfolioId!, directorateId: arrangement.directorateId! }, today);
    expect(unheld).toEqual([]);
    const emails = (keys: readonly string[]) => keys.map((k) => person(k).email).sort();
    expect(stages.map((s) => [s.type, Object.fromEntries(Object.entries(s.byRole).map(([role, ps]) => [role, ps.map((p) => p.email).sort()]))])).toEqual(
      expected.map(([type, byRole]) => [type, Object.fromEntries(Object.entries(byRole).map(([role, keys]) => [role, emails(keys)]))]),
    );
    expect(stages.find((s) => s.type === "approval")?.roles).toEqual(pack.exit.decisionRoles);
  });
});

describe("a gravesham exit decided by the Lead Member's card", () => {
  it("only the lead officer or the Change Manager may begin it, and every missing detail is named at its field", async () => {
    const row = await byName("Northbrook Town Centre BID Partnership");
    await expect(beginExit(site.sp, { ...inputs, arrangementId: row.id, etag: row.etag, actor: await named("leader") })).rejects.toBeInstanceOf(PermissionError);
    const error = await beginExit(site.sp, { arrangementId: row.id, etag: row.etag, actor: await named("hos-economy"), reasonId: "not-a-reason", notice: "", succession: " ", liabilities: "", assets: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExitInputError);
    expect(Object.keys((error as ExitInputError).problems).sort()).toEqual(["assets", "liabilities", "notice", "reasonId", "succession"]);
    expect((error as ExitInputError).problems.reasonId).toMatch(/not one of the council's reasons/);
    expect((await byName("Northbrook Town Centre BID Partnership")).record.status).toBe("active");
  });

  it("a record changed since the officer opened it is refused with who changed it", async () => {
    const row = await byName("Northbrook Town Centre BID Partnership");
    await repositoryFor(site.sp, "Partnerships").update(row.id, { purpose: `${row.record.purpose ?? ""} (updated)` }, row.etag, await named("change-manager"));
    await expect(beginExit(site.sp, { ...inputs, arrangementId: row.id, etag: row.etag, actor: await named("hos-economy") })).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it("begun by the lead officer: exiting, the exit recorded, and the Lead Member's card says it is an exit decision", async () => {
    const row = await byName("Northbrook Town Centre BID Partnership");
    const begun = await beginExit(site.sp, { ...inputs, arrangementId: row.id, etag: row.etag, actor: await named("hos-economy") });
    expect(begun.state).toBe("exiting");
    expect((await byName(row.record.name!)).record.status).toBe("exiting");
    const exit = (await repositoryFor(site.sp, "Exits").getById(begun.exitId)).record;
    expect(exit).toMatchObject({ reasonId: "poor-value", status: "proposed", notice: inputs.notice, succession: inputs.succession });
    const stages = await Promise.all(begun.stageIds.map(async (id) => (await repositoryFor(site.sp, "ApprovalStages").getById(id)).record));
    expect(stages.map((s) => [s.routePurpose, s.type, s.roles, s.status])).toEqual([
      ["exit", "approval", ["lead-member"], "pending"],
      ["exit", "inform", ["cabinet"], "pending"],
    ]);
    const audit = await readRecordAuditTrail(site.sp, row.id);
    expect(audit.some((e) => e.entry.listTitle === "Exits" && e.entry.action === "create" && e.entry.by?.email === person("hos-economy").email)).toBe(true);
    expect(audit.some((e) => e.entry.listTitle === "Partnerships" && e.changes.some((c) => c.property === "status" && c.after === "exiting"))).toBe(true);

    expect((await notify()).status).toBe(200);
    const [sent] = cardsTo("ph-regeneration", row.record.name!);
    expect(sent).toBeDefined();
    const card = sent!.activity.attachments![0]!.content;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThan(80 * 1024);
    const text = cardText(card);
    expect(text).toContain("This is a decision to end the arrangement");
    expect(text).toContain("Not giving good value for the money and time put into it");
    expect(text).toContain(inputs.notice);
    expect(text).toContain(inputs.succession);
    expect(text).toContain(inputs.liabilities);
    expect(text).toContain(inputs.assets);
  });

  it("the Lead Member approves from the card: the arrangement ends, the exit is completed, Cabinet is told — and it stays on the register", async () => {
    const row = await byName("Northbrook Town Centre BID Partnership");
    const exitStages = await repositoryFor(site.sp, "ApprovalStages").query({ filter: eq("ArrangementId", row.id) });
    const decision = exitStages.find((s) => s.record.routePurpose === "exit" && s.record.type === "approval")!;
    const mine = await site.post(invoke("ph-regeneration", site.connector.url, cardVerbs.refresh, { stageId: decision.id, arrangementId: row.id }));
    expect(buttonVerbs((mine.body as { value: unknown }).value)).toEqual([cardVerbs.approve, cardVerbs.reject]);
    const answer = await site.post(invoke("ph-regeneration", site.connector.url, cardVerbs.approve, { stageId: decision.id, arrangementId: row.id }));
    expect(cardText((answer.body as { value: unknown }).value)).toContain("Exit approved");
    await site.bot.idle();
    const after = await byName(row.record.name!);
    expect(after.record.status).toBe("ended");
    // Nothing more is due from an ended arrangement.
    expect(after.record.nextReviewDue).toBeUndefined();
    const [exit] = await repositoryFor(site.sp, "Exits").query({ filter: eq("ArrangementId", row.id) });
    expect(exit!.record).toMatchObject({ status: "completed", decisionDate: today });
    // Who took part: the lead officer who began it and the Lead Member who approved it.
    expect(exit!.record.decidedBy?.map((p) => p.email)).toEqual([person("hos-economy").email, person("ph-regeneration").email]);
    expect(cardsTo("democratic-services", row.record.name!)).toHaveLength(1);
    expect(cardsTo("hos-economy", row.record.name!).length).toBeGreaterThanOrEqual(1);
    const ended = await repositoryFor(site.sp, "Partnerships").query({ filter: eq("Status", "ended") });
    expect(ended.map((r) => r.id)).toContain(row.id);
  });

  it("a refusal needs a reason, and returns the arrangement to active with it", async () => {
    const row = await byName("Northbrook Employment and Skills Partnership");
    const begun = await beginExit(site.sp, { ...inputs, reasonId: "conditions-no-longer-met", arrangementId: row.id, etag: row.etag, actor: await named("change-manager") });
    const stageId = begun.stageIds[0]!;
    const bare = await site.post(invoke("ph-regeneration", site.connector.url, cardVerbs.reject, { stageId, arrangementId: row.id }));
    expect(JSON.stringify(bare.body)).toMatch(/comment/i);
    const refused = await site.post(invoke("ph-regeneration", site.connector.url, cardVerbs.reject, { stageId, arrangementId: row.id, comment: "The skills fund is renewed for two years." }));
    expect(cardText((refused.body as { value: unknown }).value)).toContain("Exit refused");
    await site.bot.idle();
    const after = (await byName(row.record.name!)).record;
    expect(after.status).toBe("active");
    expect(after.statusReason).toContain("The skills fund is renewed for two years.");
    expect((await repositoryFor(site.sp, "Exits").getById(begun.exitId)).record.status).toBe("cancelled");
    expect((await repositoryFor(site.sp, "ApprovalStages").getById(begun.stageIds[1]!)).record.status).toBe("cancelled");
  });
});

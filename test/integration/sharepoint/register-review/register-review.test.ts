import type { SPFI } from "@pnp/sp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRegisterReviewCards } from "../../../../src/bot/register-review-sweep";
import type { Connector } from "../../../../src/bot/connector";
import { recordLinkFor } from "../../../../src/bot/record-link";
import type { Actor } from "../../../../src/sharepoint/audit-trail";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { and, eq } from "../../../../src/sharepoint/odata";
import { confirmRegisterReview, RoundAnswerError } from "../../../../src/sharepoint/register-review/confirm-review";
import { openRegisterReviewRound } from "../../../../src/sharepoint/register-review/open-round";
import { readMyRoundTasks } from "../../../../src/sharepoint/register-review/read-my-round-tasks";
import { readRoundProgress } from "../../../../src/sharepoint/register-review/read-round-progress";
import { readRegisterReport } from "../../../../src/sharepoint/register-review/register-report";
import { recordToItem } from "../../../../src/sharepoint/lists/map-item";
import { getListDefinition } from "../../../../src/sharepoint/lists/load-list-definitions";
import { auditLogFor, repositoryFor } from "../../../../src/sharepoint/repositories";
import { people, startLocalSite, type LocalSite } from "../local-site";
import { actorOf, arrangement } from "../records-helpers";

const yes = { answer: "yes" as const };
const allYes = { "entry-current": yes, "still-fit-for-purpose": yes };

describe("the annual register review against SharePoint", () => {
  let site: LocalSite;
  let chris: SPFI;
  let olivia: SPFI;
  let jo: SPFI;
  const actors: Record<"chris" | "olivia" | "jo", Actor> = {} as never;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await startLocalSite();
    chris = site.as(people.chris);
    olivia = site.as(people.olivia);
    jo = site.as(people.jo);
    actors.chris = await actorOf(chris);
    actors.olivia = await actorOf(olivia);
    actors.jo = await actorOf(jo);
    await repositoryFor(chris, "RoleHolders").add({ roleId: "change-manager", person: actors.chris }, actors.chris);
    // These arrangements have been on the register since 2020: added as a Change Manager would have
    // then, with the audit entry of that day (the trail a report for a past year is rebuilt from).
    const add = async (key: string, extra: Record<string, unknown>) => {
      const record = arrangement(key, { startDate: "2020-04-01", ...extra });
      const item = await chris.web.lists.getByTitle("Partnerships").items.add(recordToItem(getListDefinition("Partnerships"), record));
      const id = Number(item.Id);
      ids[key] = id;
      const changes = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { after: v }]));
      const entry = { summary: `${key} added`, at: "2020-04-01T09:00:00Z", by: actors.chris, listTitle: "Partnerships", itemId: id, arrangementId: id, action: "create", changes };
      await chris.web.lists.getByTitle("AuditLog").items.add(recordToItem(getListDefinition("AuditLog"), entry));
    };
    await add("Leisure Trust", { status: "active", leadOfficer: actors.olivia, councilContribution: 50000 });
    await add("Community Safety Partnership", { status: "active", leadOfficer: actors.jo });
    await add("Food Bank Network", { status: "proposed", leadOfficer: actors.olivia });
    const conversations = repositoryFor(chris, "Conversations");
    for (const who of ["olivia", "jo"] as const) {
      await conversations.add({ aadObjectId: `aad-${who}`, person: actors[who], conversationId: `conv-${who}`, serviceUrl: "http://teams.invalid/_connector" }, actors[who]);
    }
  });
  afterAll(() => site.close());

  const roundReviews = async () =>
    (await repositoryFor(chris, "Reviews").query({ filter: eq("ReviewTypeId", "register-review") })).map((r) => ({ id: r.id, etag: r.etag, ...r.record }));

  it("lets only the Change Manager open a round, and writes nothing for anyone else", async () => {
    await expect(openRegisterReviewRound(olivia, { year: 2026, actor: actors.olivia })).rejects.toSatisfy((e: unknown) => PermissionError.is(e) && /Only the Change Manager/.test((e as Error).message));
    expect(await roundReviews()).toEqual([]);
  });

  it("opens one review per live arrangement, due at the window's end, each audited", async () => {
    const opened = await openRegisterReviewRound(chris, { year: 2026, actor: actors.chris });
    expect(opened.created).toHaveLength(2);
    expect(opened.message).toBe("Opened the 2026/27 register review: 2 reviews created.");
    const reviews = await roundReviews();
    expect(reviews.map((r) => [r.arrangementId, r.period, r.dueDate, r.status]).sort()).toEqual([
      [ids["Leisure Trust"], "2026/27", "2026-08-31", "due"],
      [ids["Community Safety Partnership"], "2026/27", "2026-08-31", "due"],
    ].sort());
    const audit = await auditLogFor(chris).query({ filter: and(eq("ListTitle", "Reviews"), eq("Action", "create")) });
    expect(audit.map((a) => a.record.reason)).toEqual([expect.stringMatching(/opened/), expect.stringMatching(/opened/)]);
  });

  it("opening the same year again creates nothing and says so", async () => {
    const again = await openRegisterReviewRound(chris, { year: 2026, actor: actors.chris });
    expect(again.created).toEqual([]);
    expect(again.message).toBe("The 2026/27 register review is already open (2 reviews); nothing new was created.");
    expect(await roundReviews()).toHaveLength(2);
  });

  it("sends each lead officer one card for the round, however often the sweep runs", async () => {
    const sent: { to: string; card: unknown }[] = [];
    const connector: Connector = {
      send: async (to, card) => {
        sent.push({ to: to.conversationId, card });
        return { activityId: `activity-${sent.length}` };
      },
      update: async () => {},
      member: async () => ({}),
    };
    const delivery = { sp: chris, connector, link: recordLinkFor({ tabUrl: "http://tab.invalid" }), log: () => {} };
    const now = new Date("2026-06-01T09:00:00Z");
    const first = await sendRegisterReviewCards(delivery, actors.chris, { now });
    expect(first.report.sent.map((s) => s.person).sort()).toEqual([people.jo.title, people.olivia.title].sort());
    // One card covers an officer's whole round, so the report names the round rather than one review.
    expect(first.report.sent.map((s) => s.subject)).toEqual([expect.stringMatching(/ 2026\/27$/), expect.stringMatching(/ 2026\/27$/)]);
    expect(JSON.stringify(sent[0]?.card)).toContain("http://tab.invalid/my-work");
    // Each listed review is noted as told, so the review-reminder sweep sends no second card per record.
    expect((await roundReviews()).map((r) => typeof r.lastRemindedAt)).toEqual(["string", "string"]);
    const second = await sendRegisterReviewCards(delivery, actors.chris, { now });
    expect(second.report.sent).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  it("puts the lead officer's records in their My work", async () => {
    const mine = await readMyRoundTasks(olivia, people.olivia.email);
    expect(mine.rounds.map((r) => [r.round.period, r.tasks.map((t) => t.arrangement.name)])).toEqual([["2026/27", ["Leisure Trust"]]]);
  });

  it("needs an answer to each of the pack's questions before confirming", async () => {
    const review = (await roundReviews()).find((r) => r.arrangementId === ids["Leisure Trust"])!;
    await expect(confirmRegisterReview(olivia, { reviewId: review.id, etag: review.etag, answers: { "entry-current": yes }, actor: actors.olivia })).rejects.toSatisfy(
      (e: unknown) => RoundAnswerError.is(e) && e.problems.map((p) => p.questionId).join() === "still-fit-for-purpose",
    );
  });

  it("does not let another officer confirm someone else's record", async () => {
    const review = (await roundReviews()).find((r) => r.arrangementId === ids["Leisure Trust"])!;
    await expect(confirmRegisterReview(jo, { reviewId: review.id, etag: review.etag, answers: allYes, actor: actors.jo })).rejects.toSatisfy((e: unknown) => PermissionError.is(e));
  });

  it("completes the review when its lead officer confirms it, with who, when and the answers, audited", async () => {
    const review = (await roundReviews()).find((r) => r.arrangementId === ids["Leisure Trust"])!;
    const result = await confirmRegisterReview(olivia, { reviewId: review.id, etag: review.etag, answers: allYes, actor: actors.olivia });
    expect(result.alreadyConfirmed).toBe(false);
    const after = (await roundReviews()).find((r) => r.id === review.id)!;
    expect(after).toMatchObject({ status: "completed", completedBy: { id: actors.olivia.id }, answers: { "entry-current": "Yes.", "still-fit-for-purpose": "Yes." } });
    expect(after.completedAt).toBeDefined();
    const audit = await auditLogFor(chris).query({ filter: and(eq("ListTitle", "Reviews"), eq("ItemId", review.id), eq("Action", "update")) });
    const confirmations = audit.filter((a) => a.record.changes?.status !== undefined);
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]?.record).toMatchObject({ by: { id: actors.olivia.id }, changes: { status: { before: "due", after: "completed" } }, reason: expect.stringMatching(/^Confirmed in the/) });
    expect((await confirmRegisterReview(olivia, { reviewId: review.id, etag: after.etag, answers: allYes, actor: actors.olivia })).alreadyConfirmed).toBe(true);
  });

  it("shows the Change Manager who has and has not answered", async () => {
    const { progress } = await readRoundProgress(chris, 2026);
    expect(progress.officers.map((o) => [o.officer?.title, o.confirmed, o.outstanding, o.notAnswered])).toEqual([
      [people.jo.title, 0, 1, true],
      [people.olivia.title, 1, 0, false],
    ]);
  });

  it("reports the register as it stood at the round's end, even after later changes", async () => {
    const register = repositoryFor(chris, "Partnerships");
    const trust = await register.getById(ids["Community Safety Partnership"]!);
    await register.update(trust.id, { status: "ended" }, trust.etag, actors.chris);
    await register.add(arrangement("Town Centre Board", { status: "active", leadOfficer: actors.jo, startDate: "2026-10-01" }), actors.chris);
    const report = await readRegisterReport(chris, { year: 2026, council: "Test Council", today: "2026-12-01" });
    const name = report.columns.findIndex((c) => c.id === "name");
    const status = report.columns.findIndex((c) => c.id === "status");
    const state = report.columns.findIndex((c) => c.id === "reviewState");
    expect(report.asOf).toBe("2026-08-31");
    expect(report.rows.map((r) => [r[name], r[status], String(r[state]).replace(/ on .*/, "")]).sort()).toEqual([
      ["Community Safety Partnership", "Active", "Not yet confirmed"],
      ["Leisure Trust", "Active", "Confirmed"],
    ]);
  });
});

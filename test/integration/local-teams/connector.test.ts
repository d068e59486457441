import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Activity, StoredActivity } from "../../../src/local/teams/index";
import { call, people, removeDir, startConnector, startFakeBot, type ConnectorSite, type FakeBot } from "./connector-harness";

const leader = people[0]!;
const card = (title: string) => ({ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: title }] } });

interface Inbox {
  person: { id: string; aadObjectId: string; name: string };
  conversation: { id: string };
  serviceUrl: string;
  installed: boolean;
  activities: StoredActivity[];
}

describe("the local Teams connector", () => {
  let site: ConnectorSite;
  let bot: FakeBot;
  const inbox = async (email = leader.email) => (await call(`${site.origin}/_connector/local/inbox?person=${encodeURIComponent(email)}`, "GET")).body as Inbox;

  beforeAll(async () => {
    site = await startConnector();
    bot = await startFakeBot((a) => (a.type === "invoke" ? { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card("Decided").content } : undefined));
  });
  afterAll(async () => {
    await bot?.close();
    await site?.close();
    if (site) removeDir(site.dataDir);
  });

  it("installs the app for every person: the bot hears installationUpdate and conversationUpdate from each, as from Teams", async () => {
    await site.connector.connectBot(bot.url, site.origin);
    const installs = bot.received.filter((a) => a.type === "installationUpdate");
    expect(installs.map((a) => a.from?.aadObjectId).sort()).toEqual(people.map((p) => p.aadObjectId).sort());
    const mine = installs.find((a) => a.from?.aadObjectId === leader.aadObjectId)!;
    expect(mine).toMatchObject({
      action: "add",
      channelId: "msteams",
      serviceUrl: `${site.origin}/_connector`,
      from: { id: `29:local-${leader.aadObjectId}`, name: leader.name },
      recipient: { id: expect.stringMatching(/^28:/) },
      conversation: { id: `a:local-${leader.aadObjectId}`, conversationType: "personal", tenantId: "local" },
      channelData: { tenant: { id: "local" } },
    });
    const added = bot.received.find((a) => a.type === "conversationUpdate" && a.from?.aadObjectId === leader.aadObjectId);
    expect(added?.membersAdded).toEqual([{ id: mine.from?.id, aadObjectId: leader.aadObjectId }, { id: mine.recipient?.id }]);
    expect((await inbox()).installed).toBe(true);
  });

  it("creates (finds) the 1:1 conversation for a member the bot names by object id, 29: id or 8:orgid:", async () => {
    const byOid = await call(`${site.origin}/_connector/v3/conversations`, "POST", { isGroup: false, members: [{ aadObjectId: leader.aadObjectId }], tenantId: "local" });
    expect(byOid.status).toBe(201);
    expect(byOid.body).toMatchObject({ id: `a:local-${leader.aadObjectId}` });
    const byMri = await call(`${site.origin}/_connector/v3/conversations`, "POST", { members: [{ id: `8:orgid:${leader.aadObjectId}` }] });
    expect((byMri.body as { id: string }).id).toBe(`a:local-${leader.aadObjectId}`);
    const stranger = await call(`${site.origin}/_connector/v3/conversations`, "POST", { members: [{ id: "29:nobody" }] });
    expect(stranger.status).toBe(403);
  });

  it("stores a sent card and lists it in the person's inbox, newest first", async () => {
    const conversationId = (await inbox()).conversation.id;
    const url = `${site.origin}/_connector/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
    const first = await call(url, "POST", { type: "message", text: "Welcome" } satisfies Activity);
    const second = await call(url, "POST", { type: "message", attachments: [card("Approve the Wessex partnership?")] } satisfies Activity);
    expect(first.status).toBe(201);
    expect(second.body).toEqual({ id: expect.stringMatching(/^\d+$/) });
    const listed = await inbox();
    expect(listed.activities.map((a) => a.text ?? "card")).toEqual(["card", "Welcome"]);
    expect(listed.activities[0]).toMatchObject({ id: (second.body as { id: string }).id, channelId: "msteams", from: { id: expect.stringMatching(/^28:/) } });
    expect((await inbox(people[1]!.email)).activities).toEqual([]);
  });

  it("updates an activity in place: same id, new card, lastUpdated set", async () => {
    const before = (await inbox()).activities[0]!;
    const put = await call(`${site.origin}/_connector/v3/conversations/${encodeURIComponent(before.conversation!.id)}/activities/${before.id}`, "PUT", {
      type: "message",
      attachments: [card("Approved by Cllr Margaret Holloway")],
    });
    expect(put).toEqual({ status: 200, body: { id: before.id } });
    const after = (await inbox()).activities[0]!;
    expect(after.id).toBe(before.id);
    expect(after.timestamp).toBe(before.timestamp);
    expect(after.lastUpdated).toBeDefined();
    expect(JSON.stringify(after.attachments)).toContain("Approved by Cllr Margaret Holloway");
    const missing = await call(`${site.origin}/_connector/v3/conversations/${encodeURIComponent(before.conversation!.id)}/activities/1`, "PUT", { type: "message" });
    expect(missing.status).toBe(404);
  });

  it("answers an unknown conversation in Bot Framework's error shape", async () => {
    const answer = await call(`${site.origin}/_connector/v3/conversations/a:nope/activities`, "POST", { type: "message", text: "hi" });
    expect(answer).toEqual({ status: 404, body: { error: { code: "ConversationNotFound", message: expect.stringContaining("a:nope") } } });
  });

  it("passes the pane's invoke to the bot unchanged and hands back the bot's answer", async () => {
    const invoke = { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "approve", data: { stage: 3 } }, trigger: "manual" } };
    const answer = await call(`${site.origin}/_bot/api/messages`, "POST", invoke);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: { type: "AdaptiveCard" } });
    expect(bot.received.at(-1)).toEqual(invoke);
  });

  it("keeps conversations and cards across a restart", async () => {
    const before = await inbox();
    await site.close();
    site = await startConnector(site.dataDir);
    const after = await inbox();
    expect(after.activities).toEqual(before.activities);
    expect(after.installed).toBe(true);
  });
});

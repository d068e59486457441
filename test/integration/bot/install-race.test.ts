import { afterAll, beforeAll, expect, it } from "vitest";
import { localObjectId } from "../../../src/bot/local-object-id";
import { saveConversation } from "../../../src/sharepoint/approvals/conversations";
import { eq } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { conversationOf, person, startBotSite, userIdOf, type BotSite } from "./bot-site";

let site: BotSite;
beforeAll(async () => {
  site = await startBotSite();
}, 120_000);
afterAll(async () => {
  await site?.close();
});

const rowsFor = (key: string) => repositoryFor(site.sp, "Conversations").query({ filter: eq("Title", localObjectId(person(key).email)) });

/** installationUpdate and conversationUpdate for one install, as Teams sends them: at the same moment. */
const installEvents = (key: string, serviceUrl: string) => {
  const p = person(key);
  const aadObjectId = localObjectId(p.email);
  site.connector.members.set(conversationOf(key), { id: userIdOf(key), aadObjectId, email: p.email, name: p.title });
  const common = {
    channelId: "msteams",
    serviceUrl,
    from: { id: userIdOf(key), aadObjectId, name: p.title },
    recipient: { id: "28:partnership-register-bot", name: "Partnership Register" },
    conversation: { id: conversationOf(key), conversationType: "personal", tenantId: "local-tenant" },
    channelData: { tenant: { id: "local-tenant" } },
  };
  return [
    { ...common, type: "installationUpdate", action: "add", id: `install-${key}-${Math.random()}` },
    { ...common, type: "conversationUpdate", id: `update-${key}-${Math.random()}`, membersAdded: [{ id: userIdOf(key), aadObjectId }] },
  ];
};

it("two install events for one person at the same moment both succeed and leave one row", async () => {
  for (const key of ["leader", "ph-housing", "ph-finance"]) {
    const answers = await Promise.all(installEvents(key, site.connector.url).map((a) => site.post(a)));
    expect(answers.map((a) => a.status).every((s) => s < 300)).toBe(true);
    expect(await rowsFor(key)).toHaveLength(1);
  }
  expect(site.logs.filter((l) => /Could not record/.test(l))).toEqual([]);
}, 60_000);

it("re-installs racing to change the same row retry on the 412 instead of failing, and one wins", async () => {
  const key = "leader";
  const user = await ensureSiteUser(site.sp, person(key).email);
  const base = { aadObjectId: localObjectId(person(key).email), person: { id: user.id, title: user.title, email: user.email }, userId: userIdOf(key), tenantId: "local-tenant" };
  const urls = [1, 2, 3, 4].map((n) => `https://smba.example/emea/${n}/`);
  const saved = await Promise.all(urls.map((serviceUrl, n) => saveConversation(site.sp, { ...base, conversationId: `a:moved-${n}`, serviceUrl, updatedAt: new Date().toISOString() })));
  expect(saved.every((row) => row !== undefined)).toBe(true);
  const rows = await rowsFor(key);
  expect(rows).toHaveLength(1);
  expect(urls).toContain(rows[0]!.record.serviceUrl);
}, 60_000);

it("first installs racing from two bot instances are folded into one row", async () => {
  const key = "ph-leisure";
  const user = await ensureSiteUser(site.sp, person(key).email);
  const base = { aadObjectId: localObjectId(person(key).email), person: { id: user.id, title: user.title, email: user.email }, userId: userIdOf(key), conversationId: conversationOf(key), serviceUrl: site.connector.url, tenantId: "local-tenant" };
  await Promise.all([0, 1, 2].map(() => saveConversation(site.sp, { ...base, updatedAt: new Date().toISOString() })));
  expect(await rowsFor(key)).toHaveLength(1);
}, 60_000);

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startBotServer } from "../../../src/bot/start-bot-server";
import { recordLinkFor } from "../../../src/bot/record-link";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { person, startBotSite, type BotSite } from "./bot-site";
import { cardText } from "./card-inspection";
import { freshSignificantPartnership, type Journey } from "./journey-arrangement";

let site: BotSite;
let journey: Journey;

beforeAll(async () => {
  site = await startBotSite();
  for (const key of ["deputy-monitoring-officer", "dir-corporate"]) await site.install(key);
  journey = await freshSignificantPartnership(site.sp, "Notified", await ensureSiteUser(site.sp, person("change-manager").email));
}, 120_000);
afterAll(async () => {
  await site?.close();
});

const notify = async (body: unknown, headers: Record<string, string> = {}, url = site.bot.notifyUrl) => {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const journeyPosts = () => site.connector.calls.filter((c) => c.method === "POST" && cardText(c.activity.attachments?.[0]?.content).includes(journey.name));

it("a notify sends each assignee of a newly opened stage exactly one card, however often it is sent", async () => {
  const first = await notify({ topic: "approvals" });
  expect(first.status).toBe(200);
  expect(first.body.topic).toBe("approvals");
  expect(journeyPosts().map((c) => c.conversationId).sort()).toEqual(["a:personal-deputy-monitoring-officer", "a:personal-dir-corporate"]);

  const again = await notify({ topic: "approvals" });
  expect(again.status).toBe(200);
  // Two at once: the second waits for (or shares) the first, and finds nothing left to send.
  await Promise.all([notify({ topic: "approvals" }), notify({ topic: "approvals" })]);
  expect(journeyPosts()).toHaveLength(2);
}, 120_000);

it("someone who installs the app after their stage opened gets their card at the next notify, and only them", async () => {
  const before = site.connector.calls.filter((c) => c.method === "POST").length;
  // The Section 151 Officer of the demo is dir-corporate (already has theirs); install someone new.
  await site.install("monitoring-officer");
  const answer = await notify({ topic: "approvals" });
  expect(answer.status).toBe(200);
  const newPosts = site.connector.calls.filter((c) => c.method === "POST").slice(before);
  expect(newPosts.every((c) => c.conversationId === "a:personal-monitoring-officer")).toBe(true);
  expect(journeyPosts()).toHaveLength(2);
}, 120_000);

it("refuses a topic it does not know, in plain words", async () => {
  const answer = await notify({ topic: "everything" });
  expect(answer.status).toBe(400);
  expect((answer.body.error as { message: string }).message).toBe('"topic" must be one of "approvals" or "reviews".');
});

it("in a tenant, refuses a notify without the tab's Entra token for the bot, and one with a token it cannot verify", async () => {
  const tenantBot = await startBotServer({
    sp: site.sp,
    port: 0,
    local: false,
    link: recordLinkFor({}),
    credentials: { clientId: randomUUID(), clientSecret: "not-used-by-this-test", tenantId: randomUUID() },
    log: () => {},
  });
  try {
    const bare = await notify({ topic: "approvals" }, {}, tenantBot.notifyUrl);
    expect(bare.status).toBe(401);
    expect(JSON.stringify(bare.body)).toMatch(/Entra access token/);
    const forged = await notify({ topic: "approvals" }, { Authorization: "Bearer not.a.token" }, tenantBot.notifyUrl);
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).toMatch(/not accepted/);
  } finally {
    await tenantBot.close();
  }
  // Nothing was swept by either refused call.
  expect(journeyPosts()).toHaveLength(2);
});

it("a notify that never came is caught up by `remind`, which runs every sweep and sends nothing twice", async () => {
  const { remind } = await import("../../../src/cli/commands/remind");
  const missed = await freshSignificantPartnership(site.sp, "Missed", await ensureSiteUser(site.sp, person("change-manager").email));
  const posts = () => site.connector.calls.filter((c) => c.method === "POST" && cardText(c.activity.attachments?.[0]?.content).includes(missed.name));
  const run = async () => {
    const lines: string[] = [];
    const code = await remind(["--site", site.sharePoint.url, "--as", person("change-manager").email], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    return { code, lines };
  };
  const first = await run();
  expect(first.code).toBe(0);
  // Each assignee has exactly one card for the stage (a reminder, as it has waited 9 days; the sweep then sees it).
  expect(posts().map((c) => c.conversationId).sort()).toEqual(["a:personal-deputy-monitoring-officer", "a:personal-dir-corporate"]);
  expect(first.lines.join("\n")).toMatch(/Not yet sent — approval, opinion, meeting and inform cards/);
  await run();
  expect(posts()).toHaveLength(2);
}, 120_000);

import { afterAll, beforeAll, expect, it } from "vitest";
import { remind } from "../../../src/cli/commands/remind";
import { eq } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { conversationOf, person, startBotSite, type BotSite } from "./bot-site";
import { cardProblems, cardText } from "./card-inspection";

let site: BotSite;

beforeAll(async () => {
  site = await startBotSite();
  // The audit manager owes the Wessex audit service's overdue annual review; the corporate director is escalated to.
  for (const key of ["audit-manager", "dir-corporate"]) await site.install(key);
});
afterAll(async () => {
  await site?.close();
});

const run = async () => {
  const out = { lines: [] as string[], errors: [] as string[] };
  const code = await remind(["--site", site.sharePoint.url, "--as", person("change-manager").email], { log: (l) => out.lines.push(l), error: (l) => out.errors.push(l) });
  return { code, ...out };
};

const cardsTo = (key: string, text: RegExp) =>
  site.connector.calls.filter((c) => c.method === "POST" && c.conversationId === conversationOf(key) && text.test(cardText(c.activity.attachments?.[0]?.content)));

it("an overdue review sends one reminder and one escalation, not one per run of remind", async () => {
  const wessex = /Wessex Shared Internal Audit Service[\s\S]*Shared service annual review|Shared service annual review[\s\S]*Wessex Shared Internal Audit Service/;
  const first = await run();
  expect(first.code, first.errors.join("\n")).toBe(0);
  const reminders = cardsTo("audit-manager", wessex);
  expect(reminders).toHaveLength(1);
  const card = reminders[0]!.activity.attachments?.[0]?.content;
  expect(cardProblems(card)).toEqual([]);
  expect(cardText(card)).toMatch(/Reminder: your review is overdue by \d+ days/);
  expect(JSON.stringify(card)).toMatch(/"url":"http:\/\/localhost:5173\/partnerships\/\d+\/reviews\/\d+"/);
  const escalations = cardsTo("dir-corporate", wessex);
  expect(escalations).toHaveLength(1);
  expect(cardText(escalations[0]!.activity.attachments?.[0]?.content)).toMatch(/Escalated/);
  // People who have not installed the app are named with the review their card was about, not as a stage.
  const reviewIds = new Set((await repositoryFor(site.sp, "Reviews").query({ select: ["Title"] })).map((r) => r.id));
  const unsent = first.errors.flatMap((l) => [...l.matchAll(/so their card for review #(\d+) was not sent/g)].map((m) => Number(m[1])));
  expect(unsent.length).toBeGreaterThan(0);
  expect(unsent.filter((id) => !reviewIds.has(id))).toEqual([]);

  const second = await run();
  expect(second.code, second.errors.join("\n")).toBe(0);
  expect(cardsTo("audit-manager", wessex)).toHaveLength(1);
  expect(cardsTo("dir-corporate", wessex)).toHaveLength(1);

  const reviews = await repositoryFor(site.sp, "Reviews").query({ filter: eq("ReviewTypeId", "shared-service-annual-review") });
  const owed = reviews.filter((r) => r.record.title?.startsWith("Wessex") && r.record.lastRemindedAt);
  expect(owed).toHaveLength(1);
  expect(owed[0]!.record.escalatedAt).toBeDefined();
});

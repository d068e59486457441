import { afterAll, beforeAll, expect, it } from "vitest";
import { remind } from "../../../src/cli/commands/remind";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { eq } from "../../../src/sharepoint/odata";
import { person, startBotSite, type BotSite } from "./bot-site";
import { buttonVerbs, cardProblems, cardText } from "./card-inspection";
import { freshSignificantPartnership, type Journey } from "./journey-arrangement";

let site: BotSite;
let journey: Journey;

beforeAll(async () => {
  site = await startBotSite();
  for (const key of ["deputy-monitoring-officer", "dir-corporate"]) await site.install(key);
  journey = await freshSignificantPartnership(site.sp, "Reminded", await ensureSiteUser(site.sp, person("change-manager").email));
});
afterAll(async () => {
  await site?.close();
});

const run = async (...extra: string[]) => {
  const out = { lines: [] as string[], errors: [] as string[] };
  const code = await remind(["--site", site.sharePoint.url, "--as", person("change-manager").email, ...extra], { log: (l) => out.lines.push(l), error: (l) => out.errors.push(l) });
  return { code, ...out };
};

it("reminds each person who has owed a stage longer than the policy allows, once, however often it runs", async () => {
  const dry = await run("--dry-run");
  expect(dry.lines.join("\n")).toMatch(/would be sent/);
  expect(site.connector.calls.filter((c) => c.method === "POST")).toHaveLength(0);

  const first = await run();
  expect(first.code).toBe(0);
  const posts = site.connector.calls.filter((c) => c.method === "POST");
  const mine = posts.filter((c) => cardText(c.activity.attachments?.[0]?.content).includes(journey.name));
  expect(mine.map((c) => c.conversationId).sort()).toEqual(["a:personal-deputy-monitoring-officer", "a:personal-dir-corporate"]);
  for (const call of mine) {
    const card = call.activity.attachments?.[0]?.content;
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toMatch(/Reminder: waiting 9 days/);
    expect(buttonVerbs(card)).toContain("opinion.give");
  }
  const recorded = await repositoryFor(site.sp, "CardMessages").query({ filter: eq("Kind", "reminder") });
  expect(recorded.filter((r) => r.record.stageId === journey.stages[0]!.id)).toHaveLength(2);

  const second = await run();
  expect(second.code).toBe(0);
  expect(site.connector.calls.filter((c) => c.method === "POST")).toHaveLength(posts.length);
});

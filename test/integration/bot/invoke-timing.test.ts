import { afterAll, beforeAll, expect, it } from "vitest";
import { cardVerbs } from "../../../src/cards/card-types";
import { eq } from "../../../src/sharepoint/odata";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { invoke, person, startBotSite, type BotSite } from "./bot-site";
import { buttonVerbs, cardText } from "./card-inspection";
import { freshSignificantPartnership, type Journey } from "./journey-arrangement";

/**
 * With 100 ms injected on every SharePoint request, every card action still gets its real answer
 * (the updated card, not the "still being recorded" message the bot falls back to near Teams'
 * 5 s limit) and records its decision. How long the answers take is measured by `npm run bench`
 * (test/bench/time-card-invokes.ts) and reported in the README: budgets are not timed tests.
 */
let site: BotSite;
const journeys: Journey[] = [];
const rounds = 3;

beforeAll(async () => {
  site = await startBotSite({ latencyMs: 100 });
  for (const key of ["deputy-monitoring-officer", "dir-corporate"]) await site.install(key);
  const cm = await ensureSiteUser(site.sp, person("change-manager").email);
  for (let i = 0; i < rounds; i++) journeys.push(await freshSignificantPartnership(site.sp, `Timing ${i}`, cm));
}, 300_000);
afterAll(async () => {
  await site?.close();
});

const cardOf = (body: unknown) => {
  const answer = body as { statusCode: number; type: string; value: unknown };
  expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
  return answer.value;
};

it("at 100 ms SharePoint latency each click is answered with the updated card and its decision is stored", async () => {
  for (const j of journeys) {
    const data = { stageId: j.stages[0]!.id, arrangementId: j.arrangementId };
    const refreshed = cardOf((await site.post(invoke("dir-corporate", site.connector.url, cardVerbs.refresh, data))).body);
    expect(buttonVerbs(refreshed)).toContain(cardVerbs.giveOpinion);
    const first = cardOf((await site.post(invoke("deputy-monitoring-officer", site.connector.url, cardVerbs.giveOpinion, { ...data, view: "supports", opinion: "Lawful." }))).body);
    expect(buttonVerbs(first)).toEqual([]);
    const second = cardOf((await site.post(invoke("dir-corporate", site.connector.url, cardVerbs.giveOpinion, { ...data, view: "supports", opinion: "Affordable." }))).body);
    expect(cardText(second)).toContain(j.name);
    await site.bot.idle();
    const opinions = await repositoryFor(site.sp, "Opinions").query({ filter: eq("ArrangementId", j.arrangementId) });
    expect(opinions.map((o) => o.record.text).sort()).toEqual(["Affordable.", "Lawful."]);
    expect((await repositoryFor(site.sp, "Partnerships").getById(j.arrangementId)).record.status).toBe("awaiting-approval");
  }
}, 300_000);

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardVerbs } from "../../../src/cards/card-types";
import { recordMeeting } from "../../../src/sharepoint/approvals/record-meeting";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { eq } from "../../../src/sharepoint/odata";
import { invoke, person, startBotSite, type BotSite } from "./bot-site";
import { buttonVerbs, cardProblems, cardText } from "./card-inspection";
import { freshSignificantPartnership, type Journey } from "./journey-arrangement";

let site: BotSite;
let journey: Journey;
const people = ["deputy-monitoring-officer", "dir-corporate", "ceo-office", "leader", "ph-regeneration", "ph-finance", "change-manager", "hos-economy", "chief-executive"];

const cardOf = (body: unknown) => {
  const answer = body as { statusCode: number; type: string; value: unknown };
  expect(answer.statusCode).toBe(200);
  expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
  return answer.value;
};

beforeAll(async () => {
  site = await startBotSite();
  for (const key of people) await site.install(key);
  const cm = await ensureSiteUser(site.sp, person("change-manager").email);
  journey = await freshSignificantPartnership(site.sp, "Bot journey", cm);
});
afterAll(async () => {
  await site?.close();
});

const act = (key: string, verb: string, stage: number, inputs: Record<string, string> = {}) =>
  site.post(invoke(key, site.connector.url, verb, { stageId: stage, arrangementId: journey.arrangementId, ...inputs }));
const arrangement = async () => (await repositoryFor(site.sp, "Partnerships").getById(journey.arrangementId)).record;
const stage = async (i: number) => (await repositoryFor(site.sp, "ApprovalStages").getById(journey.stages[i]!.id)).record;

describe("a gravesham significant partnership, from opinions to active, decided from cards", () => {
  it("shows the Deputy Monitoring Officer the opinion request, with buttons only for them", async () => {
    const mine = await act("deputy-monitoring-officer", cardVerbs.refresh, journey.stages[0]!.id);
    const card = cardOf(mine.body);
    expect(cardText(card)).toContain("Bot journey");
    expect(buttonVerbs(card)).toContain(cardVerbs.giveOpinion);
    const theirs = cardOf((await act("leader", cardVerbs.refresh, journey.stages[0]!.id)).body);
    expect(buttonVerbs(theirs)).toEqual([]);
  });

  it("records both statutory opinions, then waits for Management Team", async () => {
    const first = await act("deputy-monitoring-officer", cardVerbs.giveOpinion, journey.stages[0]!.id, { view: "supports", opinion: "Lawful under the general power of competence." });
    expect(buttonVerbs(cardOf(first.body))).toEqual([]);
    expect((await stage(0)).status).toBe("pending");
    const second = await act("dir-corporate", cardVerbs.giveOpinion, journey.stages[0]!.id, { view: "concerns", opinion: "Affordable, but the match funding must be confirmed." });
    expect(cardText(cardOf(second.body))).toMatch(/Bot journey/);
    await site.bot.idle();
    expect((await stage(0)).status).toBe("recorded");
    expect((await arrangement()).status).toBe("awaiting-approval");
    const opinions = await repositoryFor(site.sp, "Opinions").query({ filter: eq("ArrangementId", journey.arrangementId) });
    expect(opinions.map((o) => o.record.view).sort()).toEqual(["concerns", "supports"]);
    expect((await stage(1)).requestedAt).toBeDefined();
  });

  it("moves on when the lead officer records the Management Team meeting", async () => {
    const lead = (await arrangement()).leadOfficer!;
    const result = await recordMeeting(site.sp, { stageId: journey.stages[1]!.id, actor: lead, date: new Date().toISOString().slice(0, 10), outcome: "Supported; to go to members.", minuteReference: "MT/26/41" });
    expect(result.outcome).toBe("decided");
    expect((await stage(1)).status).toBe("recorded");
    expect((await stage(1)).minuteReference).toBe("MT/26/41");
  });

  it("makes the arrangement active with its first review due once the portfolio holder and Leader approve", async () => {
    const approval = journey.stages[2]!;
    const holders = await Promise.all(approval.assignees.map(async (id) => (await site.sp.web.siteUsers.getById(id)()) as { Email: string }));
    const keys = holders.map((h) => person(["leader", "ph-regeneration", "ph-finance", "ph-housing", "ph-leisure", "ph-community-safety"].find((k) => person(k).email === h.Email) ?? "leader").key);
    for (const key of keys) {
      const refreshed = cardOf((await act(key, cardVerbs.refresh, approval.id)).body);
      expect(buttonVerbs(refreshed)).toEqual(expect.arrayContaining([cardVerbs.approve, cardVerbs.reject, cardVerbs.requestChanges]));
      const answer = cardOf((await act(key, cardVerbs.approve, approval.id)).body);
      expect(buttonVerbs(answer)).toEqual([]);
    }
    await site.bot.idle();
    const after = await arrangement();
    expect(after.status).toBe("active");
    expect(after.nextReviewDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("sent every card valid and under 80 KB, and updated the decided stages' cards in place", () => {
    expect(site.connector.calls.length).toBeGreaterThan(0);
    for (const call of site.connector.calls) {
      const card = call.activity.attachments?.[0]?.content;
      expect(cardProblems(card)).toEqual([]);
      expect(call.bytes).toBeLessThan(80_000);
    }
    expect(site.connector.calls.some((c) => c.method === "PUT")).toBe(true);
    expect(site.logs.filter((l) => /could not be delivered|failed/.test(l))).toEqual([]);
  });
});

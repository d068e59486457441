import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardVerbs } from "../../../src/cards/card-types";
import { auditLogFor, repositoryFor } from "../../../src/sharepoint/repositories";
import { eq } from "../../../src/sharepoint/odata";
import { ensureSiteUser } from "../../../src/sharepoint/site-users";
import { invoke, person, startBotSite, type BotSite } from "./bot-site";
import { buttonVerbs, cardText } from "./card-inspection";
import { freshSignificantPartnership } from "./journey-arrangement";

let site: BotSite;
const people = ["deputy-monitoring-officer", "dir-corporate", "leader", "ph-regeneration", "ph-finance", "change-manager", "chief-executive"];

beforeAll(async () => {
  site = await startBotSite();
  for (const key of people) await site.install(key);
});
afterAll(async () => {
  await site?.close();
});

const fresh = async (label: string) => freshSignificantPartnership(site.sp, label, await ensureSiteUser(site.sp, person("change-manager").email));
const act = (key: string, verb: string, stageId: number, arrangementId: number, inputs: Record<string, string> = {}) =>
  site.post(invoke(key, site.connector.url, verb, { stageId, arrangementId, ...inputs }));
const value = (body: unknown) => (body as { value: unknown }).value;

describe("card actions that must change nothing, or end the route", () => {
  it("refuses a click by someone not assigned, answers the not-assignee card, and audits the attempt", async () => {
    const j = await fresh("Wrong person");
    const answer = await act("chief-executive", cardVerbs.giveOpinion, j.stages[0]!.id, j.arrangementId, { view: "supports", opinion: "I approve." });
    const card = value(answer.body);
    expect(buttonVerbs(card)).toEqual([]);
    expect(cardText(card)).toMatch(/Deputy Monitoring Officer|assigned/i);
    const stage = await repositoryFor(site.sp, "ApprovalStages").getById(j.stages[0]!.id);
    expect(stage.record.decisions ?? []).toEqual([]);
    const trail = await auditLogFor(site.sp).query({ filter: eq("ItemId", j.stages[0]!.id) });
    expect(trail.some((e) => /Refused: .*Catherine Lowther/.test(e.record.summary ?? ""))).toBe(true);
  });

  it("records a double click once", async () => {
    const j = await fresh("Double click");
    const inputs = { view: "supports", opinion: "No legal objection." };
    const [a, b] = await Promise.all([
      act("deputy-monitoring-officer", cardVerbs.giveOpinion, j.stages[0]!.id, j.arrangementId, inputs),
      act("deputy-monitoring-officer", cardVerbs.giveOpinion, j.stages[0]!.id, j.arrangementId, inputs),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const again = await act("deputy-monitoring-officer", cardVerbs.giveOpinion, j.stages[0]!.id, j.arrangementId, inputs);
    expect(again.status).toBe(200);
    await site.bot.idle();
    const stage = await repositoryFor(site.sp, "ApprovalStages").getById(j.stages[0]!.id);
    expect(stage.record.decisions).toHaveLength(1);
    const opinions = await repositoryFor(site.sp, "Opinions").query({ filter: eq("ArrangementId", j.arrangementId) });
    expect(opinions).toHaveLength(1);
  });

  it("asks for a comment before a rejection, then ends in rejected with the reason", async () => {
    const j = await fresh("Rejected");
    for (const [key, view] of [["deputy-monitoring-officer", "supports"], ["dir-corporate", "objects"]] as const) {
      await act(key, cardVerbs.giveOpinion, j.stages[0]!.id, j.arrangementId, { view, opinion: `${view} in writing.` });
    }
    // Skip the meeting: the Change Manager records it through the repository-level service the tab uses.
    const { recordMeeting } = await import("../../../src/sharepoint/approvals/record-meeting");
    const cm = await ensureSiteUser(site.sp, person("change-manager").email);
    await recordMeeting(site.sp, { stageId: j.stages[1]!.id, actor: cm, date: "2026-04-14", outcome: "Noted", minuteReference: "MT/26/42" });
    const approval = j.stages[2]!.id;
    const noComment = await act("leader", cardVerbs.reject, approval, j.arrangementId);
    expect(value(noComment.body)).toMatch(/comment/i);
    const rejected = await act("leader", cardVerbs.reject, approval, j.arrangementId, { comment: "The S151 objection stands." });
    expect(buttonVerbs(value(rejected.body))).toEqual([]);
    await site.bot.idle();
    const arrangement = (await repositoryFor(site.sp, "Partnerships").getById(j.arrangementId)).record;
    expect(arrangement.status).toBe("rejected");
    expect(arrangement.statusReason).toMatch(/The S151 objection stands/);
    const late = await act("leader", cardVerbs.approve, approval, j.arrangementId);
    expect(buttonVerbs(value(late.body))).toEqual([]);
  });

  it("sends the proposal back to evaluation when changes are requested, cancelling the rest of the route", async () => {
    const j = await fresh("Changes");
    const answer = await act("dir-corporate", cardVerbs.requestChanges, j.stages[0]!.id, j.arrangementId, { comment: "Quantify the exit costs." });
    expect(answer.status).toBe(200);
    await site.bot.idle();
    const arrangement = (await repositoryFor(site.sp, "Partnerships").getById(j.arrangementId)).record;
    expect(arrangement.status).toBe("evaluation");
    expect(arrangement.statusReason).toMatch(/Quantify the exit costs/);
    const stages = await Promise.all(j.stages.map(async (s) => (await repositoryFor(site.sp, "ApprovalStages").getById(s.id)).record.status));
    expect(stages).toEqual(["changes-requested", "cancelled", "cancelled"]);
  });

  it("retries a card send that Teams throttles (429 with Retry-After) until it goes through", async () => {
    const j = await fresh("Throttled");
    const before = site.connector.calls.filter((c) => c.conversationId === "a:personal-change-manager").length;
    site.connector.throttleNext(2);
    await act("deputy-monitoring-officer", cardVerbs.giveOpinion, j.stages[0]!.id, j.arrangementId, { view: "supports", opinion: "Fine." });
    await site.bot.idle();
    const notices = site.connector.calls.filter((c) => c.conversationId === "a:personal-change-manager");
    expect(notices.length).toBe(before + 1);
    expect(site.logs.filter((l) => /could not be delivered/.test(l))).toEqual([]);
  });
});

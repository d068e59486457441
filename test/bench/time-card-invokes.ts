import { cardVerbs } from "../../src/cards/card-types";
import { ensureSiteUser } from "../../src/sharepoint/site-users";
import { invoke, person, startBotSite } from "../integration/bot/bot-site";
import { freshSignificantPartnership } from "../integration/bot/journey-arrangement";

export interface InvokeTiming {
  latencyMs: number;
  /** A click that records a decision: invoke → decision stored → updated card answered. */
  decisions: number[];
  /** A card opened (Teams' automatic refresh): invoke → the stage read → the viewer's card answered. */
  refreshes: number[];
}

/**
 * DESIGN.md "Budgets" and issue 6: a card action answered well inside Teams' 5 s, ≤ 1 s p95, with
 * 100 ms injected on every SharePoint request. The bot runs in local mode against the stand-in
 * (served with the latency) and a fake Teams connector; each round is a fresh gravesham
 * significant partnership whose two statutory officers give their opinions, and a third person's
 * card is refreshed. Timed from the HTTP request to the bot's answer, as Teams times it.
 */
export async function timeCardInvokes(options: { latencyMs: number; rounds: number }): Promise<InvokeTiming> {
  const site = await startBotSite({ latencyMs: options.latencyMs });
  try {
    for (const key of ["deputy-monitoring-officer", "dir-corporate"]) await site.install(key);
    const cm = await ensureSiteUser(site.sp, person("change-manager").email);
    const decisions: number[] = [];
    const refreshes: number[] = [];
    for (let i = 0; i < options.rounds; i++) {
      const journey = await freshSignificantPartnership(site.sp, `Bench ${i}`, cm);
      const data = { stageId: journey.stages[0]!.id, arrangementId: journey.arrangementId };
      refreshes.push((await site.post(invoke("dir-corporate", site.connector.url, cardVerbs.refresh, data))).ms);
      decisions.push((await site.post(invoke("deputy-monitoring-officer", site.connector.url, cardVerbs.giveOpinion, { ...data, view: "supports", opinion: "Lawful." }))).ms);
      decisions.push((await site.post(invoke("dir-corporate", site.connector.url, cardVerbs.giveOpinion, { ...data, view: "supports", opinion: "Affordable." }))).ms);
      // The follow-up (other copies updated, next stage's cards) runs after the answer: let it finish between rounds.
      await site.bot.idle();
    }
    return { latencyMs: options.latencyMs, decisions, refreshes };
  } finally {
    await site.close();
  }
}

import { registerReviewCard } from "../cards/register-review-card";
import type { PersonRef } from "../domain/records/person-ref";
import { isRoundReview, type RoundArrangement, type RoundReview } from "../domain/register-review/plan-round";
import { registerReviewRound, registerReviewTypeId, roundYearOf } from "../domain/register-review/round-period";
import { kindLabel } from "../register-files/labels";
import { conversationsByPerson } from "../sharepoint/approvals/conversations";
import { ukToday } from "../sharepoint/authorise/editor-rule";
import { describeError } from "../sharepoint/describe-error";
import { readActivePolicy } from "../sharepoint/read-active-policy";
import { readRoundData } from "../sharepoint/register-review/read-round";
import { noteReviewsTold, readRoundCardState, recordRoundCard, roundCardTitle } from "../sharepoint/register-review/round-cards";
import { emptyReport, nameOf, type CardDelivery } from "./card-delivery";
import type { RecordLink } from "./record-link";
import type { Sweep, SweepOptions, SweepResult } from "./sweeps";

/**
 * My work's address in the same form as the record links the bot already makes: a Teams deep
 * link to the register tab with `subEntityId` "my-work" (the tab opens My work), or the tab's own
 * `/my-work` locally and in a browser.
 */
export function myWorkLinkFrom(link: RecordLink): string {
  const url = new URL(link(1));
  if (url.searchParams.has("context")) {
    url.searchParams.set("context", JSON.stringify({ subEntityId: "my-work" }));
    return url.toString();
  }
  return url.toString().replace(/\/partnerships\/1$/, "/my-work");
}

interface Planned {
  person: PersonRef;
  year: number;
  records: RoundArrangement[];
  confirmed: Set<number>;
  outstanding: RoundReview[];
}

/**
 * The annual register review's cards (default framework 6.6): every lead officer with a record in a round
 * that is still open (today is not past its window) gets ONE card listing their records and a
 * button to My work. Each card sent is recorded in CardMessages under the round's name, so a
 * second notify, a `remind` run or a round re-opened for a new arrangement sends nobody another.
 * Each listed review is noted as told (LastRemindedAt), so the review-reminder sweep, which runs
 * after this one, reminds about a register review only once it is overdue.
 */
export async function sendRegisterReviewCards(delivery: CardDelivery, actor: PersonRef, options: SweepOptions = {}): Promise<SweepResult> {
  const today = ukToday(options.now ?? new Date());
  const [{ pack }, data, state] = await Promise.all([readActivePolicy(delivery.sp), readRoundData(delivery.sp), readRoundCardState(delivery.sp)]);
  const report = emptyReport();
  const planned: string[] = [];
  if (!pack.reviews.registerReview) return { planned, report };
  const years = [...new Set(data.reviews.filter((r) => r.reviewTypeId === registerReviewTypeId).map((r) => roundYearOf(r.period)))].filter((y): y is number => y !== undefined);
  const byId = new Map(data.arrangements.map((a) => [a.id, a]));
  const sent = new Set(state.sent.map((m) => `${m.record.title}|${m.record.person?.id}`));
  const conversations = conversationsByPerson(state.conversations);
  const myWorkUrl = myWorkLinkFrom(delivery.link);

  for (const year of years.sort()) {
    const round = registerReviewRound(pack, year);
    if (today > round.window.end) continue;
    const title = roundCardTitle(registerReviewTypeId, round.period);
    const people = new Map<number, Planned>();
    for (const review of data.reviews.filter((r) => isRoundReview(r, year))) {
      const arrangement = review.arrangementId === undefined ? undefined : byId.get(review.arrangementId);
      const person = arrangement?.leadOfficer;
      if (!arrangement || !person) continue;
      const entry = people.get(person.id) ?? { person, year, records: [], confirmed: new Set<number>(), outstanding: [] };
      entry.records.push(arrangement);
      if (review.status === "completed") entry.confirmed.add(arrangement.id);
      else entry.outstanding.push(review);
      people.set(person.id, entry);
    }
    for (const p of people.values()) {
      if (sent.has(`${title}|${p.person.id}`) || p.confirmed.size === p.records.length) continue;
      planned.push(`${nameOf(p.person)} — ${round.review.name} ${round.period}: ${p.records.length} record${p.records.length === 1 ? "" : "s"}`);
      if (options.dryRun) continue;
      // One card covers the officer's whole round, so the report names the round, not one review.
      const subject = `the ${round.review.name} ${round.period}`;
      const to = conversations.get(p.person.id);
      if (!to) {
        report.unreachable.push({ person: nameOf(p.person), subject });
        continue;
      }
      const card = registerReviewCard({
        reviewName: round.review.name,
        period: round.period,
        windowStart: round.window.start,
        dueDate: round.window.end,
        officerName: nameOf(p.person),
        records: p.records
          .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""))
          .map((a) => ({ name: a.name ?? `Arrangement #${a.id}`, kindLabel: a.kind ? kindLabel(pack, a.kind, a.subtype) : "", confirmed: p.confirmed.has(a.id) })),
        questions: round.review.questions.map((q) => q.text),
        cite: round.review.cite,
        myWorkUrl,
      });
      try {
        const { activityId } = await delivery.connector.send(to, card, `${round.review.name} ${round.period}`);
        await recordRoundCard(delivery.sp, { title, person: p.person, conversationId: to.conversationId, serviceUrl: to.serviceUrl, activityId, sentAt: new Date().toISOString() }, actor);
        sent.add(`${title}|${p.person.id}`);
        report.sent.push({ person: nameOf(p.person), subject, activityId });
        for (const problem of await noteReviewsTold(delivery.sp, p.outstanding, new Date().toISOString(), actor)) {
          delivery.log(`The register review card went to ${nameOf(p.person)}, but could not be noted on the review (${problem}); the review-reminder sweep may also send a card about it.`);
        }
      } catch (error) {
        report.failed.push({ person: nameOf(p.person), subject, error: describeError(error) });
      }
    }
  }
  return { planned, report };
}

/** The sweep as the bot's registry (sweeps.ts) runs it: `remind` and POST /api/notify {topic:"reviews"}. */
export const registerReviewSweep: Sweep = {
  id: "register-review-cards",
  topic: "reviews",
  describe: "annual register review cards to lead officers",
  run: (delivery, actor, options) => sendRegisterReviewCards(delivery, actor, options),
};

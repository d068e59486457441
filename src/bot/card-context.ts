import type { CardContext, CardDecision, CardExitDecision, CardOpinion, CardPerson } from "../cards/card-types";
import { routePurposeOf, type AssigneeDecision } from "../domain/records/approval-stage";
import type { Conversation } from "../domain/records/conversation";
import type { PersonRef } from "../domain/records/person-ref";
import type { ListRow } from "../sharepoint/read-row";
import { conversationsByPerson } from "../sharepoint/approvals/conversations";
import { roleNameIn, type StageContext } from "../sharepoint/approvals/stage-context";
import type { RecordLink } from "./record-link";

/** A person as a card shows them, with their Teams id when the bot has a conversation with them. */
export function cardPerson(person: PersonRef, conversations: ReadonlyMap<number, Conversation>): CardPerson {
  const userId = conversations.get(person.id)?.userId;
  return { id: person.id, title: person.title ?? person.email ?? `Person #${person.id}`, ...(person.email ? { email: person.email } : {}), ...(userId ? { userId } : {}) };
}

/**
 * The card's view of one stage (src/cards/card-types.ts), built from what SharePoint holds now.
 * A delegate's decision counts for the assignee they acted for, and says so. An opinion's
 * decision is shown as the view the officer took.
 */
export function cardContextOf(context: StageContext, stageId: number, link: RecordLink): CardContext {
  const conversations = conversationsByPerson(context.conversations);
  const row = context.route.find((r) => r.id === stageId) ?? context.stage;
  const stage = row.record;
  const { pack, arrangement } = context;
  const a = arrangement.record;
  const person = (p: PersonRef) => cardPerson(p, conversations);
  const opinionsHere = context.opinions.filter((o) => o.record.stageId === row.id);
  const decision = (d: AssigneeDecision): CardDecision => {
    const view = stage.type === "opinion" ? opinionsHere.find((o) => o.record.officer?.id === d.by.id)?.record.view : undefined;
    const who = d.onBehalfOf ? { ...person(d.onBehalfOf), title: `${d.by.title ?? "A delegate"} for ${d.onBehalfOf.title ?? "the assignee"}` } : person(d.by);
    return { person: who, decision: view ?? d.outcome, ...(d.comment ? { comment: d.comment } : {}), at: d.at };
  };
  const kind = pack.kinds.find((k) => k.id === a.kind);
  const category = pack.categories.find((c) => c.id === a.category);
  const categoryReason = context.evaluation?.record.reasons?.find((r) => r.rule === "category")?.text;
  return {
    arrangement: {
      id: arrangement.id,
      name: a.name ?? `Arrangement #${arrangement.id}`,
      kindLabel: kind?.name ?? a.kind ?? "Arrangement",
      ...(category ? { categoryLabel: category.name } : {}),
      ...(categoryReason ? { categoryReason } : {}),
      ...(a.councilContribution !== undefined ? { councilMoney: a.councilContribution } : {}),
      partners: (a.partners ?? []).map((p) => p.name),
      ...(a.purpose ? { purpose: a.purpose } : {}),
      topRisks: context.topRisks.map((r) => ({ title: r.record.title ?? "Risk", likelihood: r.record.likelihood ?? 1, impact: r.record.impact ?? 1, ...(r.record.mitigation ? { mitigation: r.record.mitigation } : {}) })),
      ...(a.exitStrategy ? { exitStrategy: a.exitStrategy } : {}),
      ...(a.exitInstigator ? { exitInstigator: a.exitInstigator.title ?? `Person #${a.exitInstigator.id}` } : {}),
      recordUrl: link(arrangement.id),
    },
    stage: {
      id: row.id,
      type: stage.type ?? "approval",
      label: stage.label ?? `Stage ${stage.order ?? ""}`.trim(),
      roleNames: (stage.roles ?? []).map((r) => roleNameIn(pack, r)),
      assignees: (stage.assignees ?? []).map(person),
      status: stage.status ?? "pending",
      decisions: (stage.decisions ?? []).map(decision),
      ...(stage.requestedAt ? { requestedAt: stage.requestedAt } : {}),
    },
    opinions: context.opinions.map((o) => opinionOf(o, pack)).filter((o): o is CardOpinion => o !== undefined),
    ...(a.leadOfficer ? { leadOfficer: person(a.leadOfficer) } : {}),
    ...exitDecisionOf(context, stage),
  };
}

/** An exit route's stage carries what is being decided: the exit's reason (in the pack's words), notice, succession… */
function exitDecisionOf(context: StageContext, stage: StageContext["stage"]["record"]): { exitDecision?: CardExitDecision } {
  if (routePurposeOf(stage) !== "exit" || !context.exit) return {};
  const e = context.exit.record;
  const reason = context.pack.exit.reasons.find((r) => r.id === e.reasonId);
  return {
    exitDecision: {
      reason: reason ? `${reason.text} (${reason.cite})` : (e.reasonId ?? "No reason recorded"),
      ...(e.notice ? { notice: e.notice } : {}),
      ...(e.succession ? { succession: e.succession } : {}),
      ...(e.liabilities ? { liabilities: e.liabilities } : {}),
      ...(e.assets ? { assets: e.assets } : {}),
    },
  };
}

function opinionOf(row: ListRow<StageContext["opinions"][number]["record"]>, pack: StageContext["pack"]): CardOpinion | undefined {
  const o = row.record;
  if (!o.officer || !o.view || !o.text || !o.givenAt) return undefined;
  return { officer: o.officer.title ?? `Person #${o.officer.id}`, roleName: o.roleId ? roleNameIn(pack, o.roleId) : "Statutory officer", view: o.view, text: o.text, givenAt: o.givenAt };
}

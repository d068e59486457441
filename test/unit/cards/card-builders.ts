import { approvalRequestCard } from "../../../src/cards/approval-request-card";
import { cardForViewer } from "../../../src/cards/card-for-viewer";
import type { AdaptiveCard, CardContext, CardPerson } from "../../../src/cards/card-types";
import { decidedCard } from "../../../src/cards/decided-card";
import { informCard } from "../../../src/cards/inform-card";
import { notAssigneeCard } from "../../../src/cards/not-assignee-card";
import { opinionRequestCard } from "../../../src/cards/opinion-request-card";
import { reminderCard } from "../../../src/cards/reminder-card";
import { statusCard } from "../../../src/cards/status-card";
import { approvalContext, bystander, leader } from "./card-fixtures";

/** Every builder, run on one context, so each test can hold all of them to the same standard. */
export function everyCard(ctx: CardContext, extra: { outcome?: string; comment?: string; actor?: CardPerson } = {}): [string, AdaptiveCard][] {
  const viewer = ctx.stage.assignees[0]?.userId;
  return [
    ["opinion request", opinionRequestCard(ctx)],
    ["approval request", approvalRequestCard(ctx)],
    ["inform", informCard(ctx)],
    ["decided", decidedCard({ ...ctx, outcome: extra.outcome ?? "approved", decidedBy: ctx.stage.assignees[0], comment: extra.comment })],
    ["reminder", reminderCard({ ...ctx, daysWaiting: 9 })],
    ["not the assignee", notAssigneeCard({ ...ctx, actor: extra.actor ?? bystander })],
    ["status", statusCard(ctx)],
    ["for the assignee", cardForViewer(ctx, viewer)],
    ["for a bystander", cardForViewer(ctx, bystander.userId)],
  ];
}

/** Text chosen to do damage: Markdown, templating, controls, direction overrides. */
export const hostile = "[click](https://evil) **bold** ${x} {{DATE(2025-01-01T00:00:00Z)}} \u0000\u202E<at>x</at>\n# h\n- l\n1. o";

export function hostileContext(): CardContext {
  const ctx = approvalContext();
  const person = (id: number): CardPerson => ({ id, title: `${hostile} ${id}`, userId: `29:hostile-${id}` });
  return {
    arrangement: {
      ...ctx.arrangement,
      name: hostile,
      kindLabel: hostile,
      categoryLabel: hostile,
      categoryReason: hostile,
      partners: [hostile, hostile],
      purpose: hostile,
      topRisks: [{ title: hostile, likelihood: 5, impact: 5, mitigation: hostile }],
      exitStrategy: hostile,
      exitInstigator: hostile,
    },
    stage: {
      ...ctx.stage,
      label: hostile,
      roleNames: [hostile],
      assignees: [person(1), person(2)],
      decisions: [{ person: person(1), decision: hostile, comment: hostile, at: hostile }],
      requestedAt: hostile,
    },
    opinions: [{ officer: hostile, roleName: hostile, view: "objects", text: hostile, givenAt: hostile }],
    leadOfficer: person(3),
    exitDecision: { reason: hostile, notice: hostile, succession: hostile, liabilities: hostile, assets: hostile, begunBy: hostile },
  };
}

/**
 * The worst a record could be: every text enormous and made of the characters that grow most
 * when escaped and encoded (a backslash becomes four bytes of JSON), and every list long.
 */
export function hugeContext(): CardContext {
  const ctx = approvalContext();
  const big = (n: number) => "\\€*".repeat(Math.ceil(n / 3));
  const person = (id: number): CardPerson => ({ id, title: big(3000), userId: `29:${"x".repeat(120)}-${id}` });
  return {
    arrangement: {
      ...ctx.arrangement,
      name: big(10_000),
      kindLabel: big(5_000),
      categoryLabel: big(5_000),
      categoryReason: big(50_000),
      councilMoney: 123456789.5,
      partners: Array.from({ length: 300 }, () => big(1_000)),
      purpose: big(1_000_000),
      topRisks: Array.from({ length: 100 }, (_, i) => ({ title: big(5_000), likelihood: (i % 5) + 1, impact: 5, mitigation: big(20_000) })),
      exitStrategy: big(200_000),
      exitInstigator: big(5_000),
    },
    stage: {
      ...ctx.stage,
      label: big(10_000),
      roleNames: Array.from({ length: 50 }, () => big(1_000)),
      assignees: Array.from({ length: 80 }, (_, i) => person(i + 1)),
      decisions: Array.from({ length: 1_000 }, (_, i) => ({ person: person(i + 1), decision: "changes-requested", comment: big(5_000), at: "2025-02-21T09:00:00Z" })),
    },
    opinions: Array.from({ length: 500 }, () => ({ officer: big(2_000), roleName: big(2_000), view: "concerns" as const, text: big(10_000), givenAt: "2025-02-12T14:05:00Z" })),
    leadOfficer: person(999),
    exitDecision: { reason: big(20_000), notice: big(50_000), succession: big(200_000), liabilities: big(100_000), assets: big(100_000), begunBy: big(3_000) },
  };
}

/** A decision to EXIT (gravesham 5.3): the Lead Member decides; the card says what ends and how. */
export function exitContext(): CardContext {
  const ctx = approvalContext();
  return {
    ...ctx,
    stage: { ...ctx.stage, label: "Decision to end the arrangement: Lead Member", roleNames: ["Lead Member"] },
    exitDecision: {
      reason: "Not giving good value for the money and time put into it (framework 4.10, 5.11)",
      notice: "Six months' written notice to the partners, ending 31 March.",
      succession: "The CCTV monitoring continues, run by Kent Police.",
      liabilities: "None after the final quarter's contribution.",
      assets: "The cameras return to the council.",
      begunBy: "Sam Green",
    },
  };
}

export const everyContext = (): [string, CardContext][] => [
  ["an ordinary proposal", approvalContext()],
  ["a proposal full of hostile text", hostileContext()],
  ["an enormous proposal", hugeContext()],
  ["a decision to exit", exitContext()],
];

export { leader };

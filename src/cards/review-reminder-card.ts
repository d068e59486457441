import { openRecordAction } from "./card-actions";
import { container, factSet, textBlock, type CardElement } from "./card-elements";
import { cardLine, cardText } from "./card-text";
import type { AdaptiveCard } from "./card-types";
import { formatDay, plural } from "./format-values";

/** What a review reminder says: built by the bot from the Reviews item and its arrangement. */
export interface ReviewReminder {
  /** "reminder" goes to the person who owes the review; "escalation" to the director. */
  kind: "reminder" | "escalation";
  arrangementName: string;
  reviewName: string;
  templateName?: string;
  period?: string;
  dueDate: string;
  daysOverdue: number;
  /** Who owes it, named on an escalation. */
  owedBy?: string;
  /** The review form in the tab (or the record, from Teams). */
  reviewUrl: string;
}

function headline(r: ReviewReminder): string {
  if (r.kind === "escalation") return `Escalated: a review overdue by ${plural(r.daysOverdue, "day")}`;
  return r.daysOverdue > 0 ? `Reminder: your review is overdue by ${plural(r.daysOverdue, "day")}` : "Reminder: a review is due from you";
}

/** Plain text: escaped once, where it is put in the card. */
function lead(r: ReviewReminder): string {
  if (r.kind === "escalation") {
    return `"${r.reviewName}" for ${r.arrangementName} has not been completed${r.owedBy ? ` by ${r.owedBy}` : ""} and is past the point where the council's policy escalates it to you. Please make sure it is done.`;
  }
  return `The council's policy asks you to complete "${r.reviewName}" for ${r.arrangementName}. The button below opens the form in the Partnership Register.`;
}

/**
 * The card that nudges the person who owes a review (or tells the director it is overdue): what,
 * for which arrangement, when it was due, and a button straight to the form. No Action.Execute:
 * the review is answered in the tab, where the whole form and the record are to hand.
 */
export function reviewReminderCard(r: ReviewReminder): AdaptiveCard {
  const facts: [string, string][] = [
    ["Arrangement", cardLine(r.arrangementName, 200)],
    ["Review", cardLine(r.templateName ? `${r.reviewName} — ${r.templateName}` : r.reviewName, 300)],
  ];
  if (r.period) facts.push(["Period", cardLine(r.period, 60)]);
  facts.push(["Due", formatDay(r.dueDate) ?? cardLine(r.dueDate, 20)]);
  if (r.daysOverdue > 0) facts.push(["Overdue by", plural(r.daysOverdue, "day")]);
  if (r.owedBy) facts.push(["Owed by", cardLine(r.owedBy, 120)]);
  const body: CardElement[] = [
    container([textBlock(headline(r), { weight: "bolder", size: "medium" })], { style: r.kind === "escalation" || r.daysOverdue > 0 ? "attention" : "warning", bleed: true }),
    textBlock(cardText(lead(r), 800)),
    factSet(facts),
  ];
  const open = openRecordAction(r.reviewUrl);
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    actions: [{ ...open, title: r.kind === "escalation" ? "Open the review" : "Start the review" }],
    msteams: { width: "Full" },
  };
}

import { openRecordAction } from "./card-actions";
import { container, factSet, textBlock, type CardElement } from "./card-elements";
import { cardLine, cardText } from "./card-text";
import type { AdaptiveCard } from "./card-types";
import { formatDay, plural } from "./format-values";

/** One of the lead officer's records in the round, as the card lists it. */
export interface RoundCardRecord {
  name: string;
  kindLabel: string;
  confirmed: boolean;
}

/** What the annual register review card says to one lead officer (built by the bot). */
export interface RegisterReviewCardInput {
  reviewName: string;
  period: string;
  windowStart: string;
  dueDate: string;
  officerName: string;
  records: readonly RoundCardRecord[];
  /** The pack's questions, asked of each record when it is confirmed. */
  questions: readonly string[];
  cite: string;
  /** My work in the tab: a Teams deep link, or the tab's own address locally. */
  myWorkUrl: string;
}

/** However long a register an officer leads, the card stays well under Teams' size limit. */
const listedRecords = 40;

/**
 * The card that opens a year's register review for one lead officer (default framework 6.6: each lead
 * officer confirms their entries): which of their records to confirm or correct, by when, what
 * will be asked, and a button to My work, where each is confirmed. No Action.Execute: the
 * confirming is done in the tab, next to the record it confirms.
 */
export function registerReviewCard(input: RegisterReviewCardInput): AdaptiveCard {
  const outstanding = input.records.filter((r) => !r.confirmed).length;
  const shown = input.records.slice(0, listedRecords);
  const records: CardElement[] = shown.map((r) =>
    textBlock(`- ${cardLine(r.name, 200)} (${cardLine(r.kindLabel, 100)})${r.confirmed ? " — confirmed" : ""}`, { spacing: "none" }),
  );
  if (input.records.length > shown.length) records.push(textBlock(`… and ${plural(input.records.length - shown.length, "more record")} in My work`, { spacing: "none", isSubtle: true }));
  const body: CardElement[] = [
    container([textBlock(`${cardLine(input.reviewName, 200)} ${cardLine(input.period, 20)}`, { weight: "bolder", size: "medium" })], { style: "accent", bleed: true }),
    textBlock(
      cardText(
        `${input.officerName}, please confirm that the register is right about each arrangement you lead, or correct it, by ${formatDay(input.dueDate) ?? input.dueDate}.`,
        600,
      ),
    ),
    factSet([
      ["Your records", plural(input.records.length, "arrangement")],
      ["Still to confirm", String(outstanding)],
      ["Window", `${formatDay(input.windowStart) ?? input.windowStart} to ${formatDay(input.dueDate) ?? input.dueDate}`],
      ["Policy", cardLine(input.cite, 100)],
    ]),
    textBlock("Your records", { weight: "bolder", spacing: "medium" }),
    ...records,
  ];
  if (input.questions.length > 0) {
    body.push(textBlock("You will be asked of each", { weight: "bolder", spacing: "medium" }));
    body.push(...input.questions.slice(0, 10).map((q) => textBlock(`- ${cardText(q, 300, { oneLine: true })}`, { spacing: "none" })));
  }
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    actions: [{ ...openRecordAction(input.myWorkUrl), title: "Open My work" }],
    msteams: { width: "Full" },
  };
}

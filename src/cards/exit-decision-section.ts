import { factSet, heading, textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine, cardText } from "./card-text";
import type { CardExitDecision } from "./card-types";

/**
 * What an exit decision asks a member to agree to (default framework 5.3, 2.12; DOMAIN.md "Exit and
 * termination"): why the arrangement ends, the notice, what continues and how, liabilities and
 * assets. Put first on an exit card so nobody mistakes it for the approval to enter.
 */
export function exitDecisionSection(exit: CardExitDecision, limits: TextLimits): CardElement[] {
  const missing = "Not recorded.";
  return [
    heading("This is a decision to end the arrangement"),
    textBlock(`**Reason:** ${cardText(exit.reason, limits.paragraph)}`),
    ...(exit.begunBy ? [textBlock(`Exit begun by ${cardLine(exit.begunBy, limits.name)}.`, { isSubtle: true, spacing: "small" })] : []),
    factSet([
      ["Notice", exit.notice ? cardText(exit.notice, limits.note) : missing],
      ["What continues, and how", exit.succession ? cardText(exit.succession, limits.note) : missing],
      ["Liabilities", exit.liabilities ? cardText(exit.liabilities, limits.note) : missing],
      ["Assets", exit.assets ? cardText(exit.assets, limits.note) : missing],
    ]),
  ];
}

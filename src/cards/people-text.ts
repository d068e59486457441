import { listOf } from "../domain/lifecycle/wording";
import { cardLine } from "./card-text";
import { plural } from "./format-values";

/**
 * "Ann, Bob and Cy" — at most `show` names, then "and 4 others", so a long partner or assignee
 * list cannot crowd the card.
 */
export function namesText(names: readonly string[], show: number, nameLimit: number): string {
  const shown = names.slice(0, show).map((name) => cardLine(name, nameLimit));
  const hidden = names.length - shown.length;
  return hidden > 0 ? `${shown.join(", ")} and ${plural(hidden, "other")}` : listOf(shown);
}

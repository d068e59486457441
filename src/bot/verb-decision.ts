import { cardVerbs, type CardVerb } from "../cards/card-types";
import type { DecisionVerb } from "../sharepoint/approvals/decision-inputs";

/** What each card verb asks of the register: a decision, or only a fresh view of the card. */
export type CardRequest = { kind: "refresh" } | { kind: "decision"; verb: DecisionVerb };

const decisions: Record<Exclude<CardVerb, typeof cardVerbs.refresh>, DecisionVerb> = {
  [cardVerbs.giveOpinion]: "opinion",
  [cardVerbs.approve]: "approve",
  [cardVerbs.reject]: "reject",
  [cardVerbs.requestChanges]: "request-changes",
  [cardVerbs.noted]: "noted",
};

export function requestForVerb(verb: CardVerb): CardRequest {
  return verb === cardVerbs.refresh ? { kind: "refresh" } : { kind: "decision", verb: decisions[verb] };
}

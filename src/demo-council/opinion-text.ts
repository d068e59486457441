import { formatMoney } from "../domain/facts/fact-vocabulary";
import type { ArrangementSpec } from "./arrangement-spec";

export interface OpinionText {
  view: "supports" | "concerns" | "objects";
  text: string;
}

/**
 * What the statutory officers say (default framework 2.14, 3.9). Their worries follow the facts: a joint
 * venture raises subsidy control and procurement, and being accountable body for a large sum asks
 * for a ring-fenced cost centre.
 */
export function opinionText(roleId: string, spec: ArrangementSpec): OpinionText {
  const money = formatMoney(spec.facts.councilResource ?? 0);
  if (roleId === "section-151-officer") {
    if (spec.facts.councilIsAccountableBody && (spec.facts.councilResource ?? 0) >= 100_000) {
      return { view: "concerns", text: `The ${money} a year is in the approved budget. As accountable body the council must hold partners' money in a separate cost centre and report it quarterly; I support the proposal on that condition.` };
    }
    return { view: "supports", text: `The council's contribution of ${money} a year is within the approved budget and there are no unbudgeted commitments. Budget monitoring will be quarterly.` };
  }
  if (spec.details.legalForm === "joint-venture") {
    return { view: "concerns", text: "The council has the power to enter a joint venture, but subsidy control and procurement advice is needed before the partner is chosen; the shareholder agreement must come back to me before signature." };
  }
  return { view: "supports", text: `The council has the power to enter this arrangement${spec.details.legalPower ? ` (${spec.details.legalPower})` : ""}. The draft agreement covers membership, decisions, liabilities and exit adequately.` };
}

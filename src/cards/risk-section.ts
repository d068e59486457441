import { riskScore } from "../domain/records/risk";
import { container, heading, textBlock, type CardElement } from "./card-elements";
import type { TextLimits } from "./card-limits";
import { cardLine, cardText } from "./card-text";
import type { CardRisk } from "./card-types";

/** A member sees the three biggest risks; the rest are in the record (default framework 4.13: likelihood × impact). */
const risksShown = 3;

export function topRisks(risks: readonly CardRisk[]): CardRisk[] {
  // Sorting a copy keeps the caller's order for equal scores (Array.prototype.sort is stable).
  return [...risks].sort((a, b) => riskScore(b) - riskScore(a)).slice(0, risksShown);
}

export function riskSection(risks: readonly CardRisk[], limits: TextLimits): CardElement[] {
  const shown = topRisks(risks);
  const title = heading(risks.length > risksShown ? `Top ${risksShown} of ${risks.length} risks` : "Risks");
  if (shown.length === 0) return [title, textBlock("No risks recorded yet.")];
  return [
    title,
    ...shown.map((risk) =>
      container(
        [
          textBlock(`**${riskScore(risk)}** · ${cardLine(risk.title, limits.name)}`, { spacing: "none" }),
          textBlock(
            `Likelihood ${risk.likelihood} × impact ${risk.impact}. ` +
              (risk.mitigation ? `Mitigation: ${cardText(risk.mitigation, limits.note)}` : "No mitigation recorded."),
            { isSubtle: true, spacing: "none" },
          ),
        ],
        { spacing: "small" },
      ),
    ),
  ];
}

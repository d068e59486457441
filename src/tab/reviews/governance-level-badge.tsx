import { Badge } from "@fluentui/react-components";
import { governanceLevelWords } from "../../domain/governance-rating/rate-governance";
import type { GovernanceLevel } from "../../domain/records/common";

const colour: Record<GovernanceLevel, "success" | "brand" | "warning" | "danger"> = { substantial: "success", reasonable: "brand", limited: "warning", weak: "danger" };

/** A governance level as a badge: the word always shown, the colour only a second cue. */
export function GovernanceLevelBadge({ level }: { level: GovernanceLevel }) {
  return (
    <Badge appearance="tint" shape="rounded" color={colour[level]}>
      {governanceLevelWords[level]}
    </Badge>
  );
}

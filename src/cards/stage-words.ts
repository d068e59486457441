import type { StageType } from "../domain/policy-pack/pack-schema";
import { stageStatuses, type StageStatus } from "../domain/records/approval-stage";
import type { ContainerStyle } from "./card-elements";
import type { CardOpinionView } from "./card-types";

/** The words and colours a stage's state is shown in: the same on every card, so readers learn them. */
export const statusStyles: Record<StageStatus, ContainerStyle> = {
  pending: "emphasis",
  approved: "good",
  rejected: "attention",
  "changes-requested": "warning",
  noted: "good",
  recorded: "good",
  cancelled: "default",
};

export function statusHeadline(status: StageStatus, type: StageType): string {
  switch (status) {
    case "pending":
      return type === "opinion" ? "Waiting for statutory opinions" : type === "inform" ? "For information" : "Waiting for a decision";
    case "approved":
      return "Approved";
    case "rejected":
      return "Rejected";
    case "changes-requested":
      return "Changes requested";
    case "noted":
      return "Noted";
    case "recorded":
      return type === "opinion" ? "Opinions recorded" : type === "meeting" ? "Meeting outcome recorded" : "Recorded";
    case "cancelled":
      return "Cancelled";
  }
}

export const asStageStatus = (value: string): StageStatus | undefined => stageStatuses.find((status) => status === value);

/** A decision as the bot stores it ("changes-requested") in words ("Asked for changes"). */
const decisionWords: Record<string, string> = {
  approved: "Approved",
  rejected: "Rejected",
  "changes-requested": "Asked for changes",
  noted: "Noted",
  recorded: "Recorded",
  supports: "Supports",
  concerns: "Has concerns",
  objects: "Objects",
};

export const decisionInWords = (decision: string): string | undefined => decisionWords[decision];

export const viewWords: Record<CardOpinionView, string> = { supports: "Supports", concerns: "Has concerns", objects: "Objects" };

export const viewColours: Record<CardOpinionView, "good" | "warning" | "attention"> = {
  supports: "good",
  concerns: "warning",
  objects: "attention",
};

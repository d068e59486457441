import type { ragRatings } from "../records/common";

/** The three ratings of a performance measure, and the words shown with each colour. */
export type RagRating = (typeof ragRatings)[number];

export const ragLabels: Record<RagRating, string> = { green: "Green: on target", amber: "Amber: just off target", red: "Red: off target" };

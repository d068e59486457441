/**
 * An arrangement's place in its life (DOMAIN.md "Lifecycle"):
 * proposed → screening → evaluation → statutory opinions → approval route → active
 * → (monitoring, reviews)* → exiting → ended, with rejected, screened out and withdrawn as ends.
 * The ids are the Status choices of the Partnerships list, so they are what a Change Manager
 * sees and may type in SharePoint.
 */
export const lifecycleStates = [
  "proposed",
  "screening",
  "evaluation",
  "awaiting-opinions",
  "awaiting-approval",
  "active",
  "under-review",
  "exiting",
  "ended",
  "rejected",
  "screened-out",
  "withdrawn",
] as const;

export type LifecycleState = (typeof lifecycleStates)[number];

export const finalStates: readonly LifecycleState[] = ["ended", "rejected", "screened-out", "withdrawn"];

export const stateLabels: Record<LifecycleState, string> = {
  proposed: "Proposed",
  screening: "Screening",
  evaluation: "Evaluation",
  "awaiting-opinions": "Awaiting statutory opinions",
  "awaiting-approval": "Awaiting approval",
  active: "Active",
  "under-review": "Under review",
  exiting: "Exiting",
  ended: "Ended",
  rejected: "Rejected",
  "screened-out": "Screened out",
  withdrawn: "Withdrawn",
};

export const isFinal = (state: LifecycleState): boolean => finalStates.includes(state);

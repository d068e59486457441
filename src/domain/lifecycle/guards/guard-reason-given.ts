import { LifecycleError } from "../lifecycle-error";

/**
 * Ends and send-backs must say why: the lead officer acts on it and the audit trail keeps it
 * (default framework 5.6; a screened-out proposal "is recorded as such, with the reason" — DOMAIN.md).
 */
export const reasonNeeds = {
  "screen-out": "A reason is required to screen a proposal out: the register records why it is not a partnership.",
  reject: "A reason is required to reject a proposal: the lead officer and the register need to know why.",
  withdraw: "A reason is required to withdraw a proposal: the register records why it did not go ahead.",
  "request-changes": "Say what needs to change: comments are required when sending a proposal back to evaluation.",
  "refuse-exit": "Say why the exit is refused: the lead officer needs to know what happens next.",
  "begin-exit": "A reason is required to begin an exit (for example, objectives achieved or funding ceased): the exit record keeps it.",
} as const;

export type ReasonedEvent = keyof typeof reasonNeeds;

export function guardReasonGiven(reason: unknown, event: ReasonedEvent): LifecycleError | null {
  if (typeof reason === "string" && reason.trim() !== "") return null;
  return new LifecycleError("reason-required", reasonNeeds[event]);
}

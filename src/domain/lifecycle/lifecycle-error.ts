import { DomainError } from "../errors";

/**
 * Why the lifecycle refused an event. `code` is stable for programs (the bot maps
 * "already-decided" to "nothing changed"); `message` is a sentence a council officer understands,
 * citing the framework section behind the rule where there is one.
 */
export const lifecycleErrorCodes = [
  "final-state",
  "unknown-event",
  "not-allowed-now",
  "exit-instead",
  "reason-required",
  "screening-not-done",
  "screened-out-by-policy",
  "exit-strategy-missing",
  "exit-strategy-no-instigator",
  "opinions-not-first",
  "opinions-missing",
  "no-open-stage",
  "stage-not-found",
  "wrong-stage-type",
  "stage-out-of-order",
  "role-not-in-stage",
  "already-decided",
  "route-incomplete",
  "not-an-exit-decision-role",
  "exit-decision-incomplete",
] as const;

export type LifecycleErrorCode = (typeof lifecycleErrorCodes)[number];

export class LifecycleError extends DomainError {
  constructor(
    override readonly code: LifecycleErrorCode,
    message: string,
    /** The framework section behind the refusal, when a rule of the policy caused it. */
    readonly cite?: string,
  ) {
    super(code, message);
  }

  static is(error: unknown): error is LifecycleError {
    return error instanceof LifecycleError;
  }
}

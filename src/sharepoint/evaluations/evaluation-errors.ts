import { DomainError } from "../../domain/errors";
import type { Missing } from "../../domain/evaluation/find-missing";

/** Submission refused: the answers still miss what the policy requires. Nothing was written. */
export class MissingAnswersError extends DomainError {
  constructor(readonly missing: readonly Missing[]) {
    const count = missing.length === 1 ? "One thing is" : `${missing.length} things are`;
    super("missing-answers", `${count} still missing before this evaluation can be submitted: ${missing.map((m) => m.message).join(" ")}`);
  }

  static is(error: unknown): error is MissingAnswersError {
    return error instanceof MissingAnswersError;
  }
}

/** A role of the approval route that nobody holds for this arrangement. */
export interface UnheldRole {
  roleId: string;
  /** The pack's name for the role ("Portfolio Holder"). */
  name: string;
  /** How the role is held: per portfolio, per directorate, or council-wide. */
  scope: "portfolio" | "directorate" | "council";
  /** The portfolio or directorate it is missing for, when the role is held per one. */
  scopeId?: number;
  scopeName?: string;
  /** What the Change Manager must fill in: "Portfolio Holder for Environment". */
  label: string;
  /** The route stages (labels) that need it. */
  stages: string[];
}

/**
 * Submission refused: a stage of the approval route needs a role nobody holds for this
 * arrangement, so it could not be assigned to anyone. Nothing was written; the Change Manager
 * fills the role in Role holders and the officer submits again.
 */
export class RoleGapError extends DomainError {
  constructor(readonly roles: readonly UnheldRole[]) {
    const names = roles.map((r) => r.label);
    const list = names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    super(
      "role-gap",
      `Nobody holds the role of ${list}, which the approval route needs, so the evaluation was not submitted and nothing was saved. Ask the Change Manager to add ${roles.length === 1 ? "the holder" : "holders for these roles"} in Role holders, then submit again.`,
    );
  }

  static is(error: unknown): error is RoleGapError {
    return error instanceof RoleGapError;
  }
}

/** The evaluation is no longer a draft (already submitted, or the proposal was screened out). */
export class EvaluationClosedError extends DomainError {
  constructor(message: string) {
    super("evaluation-closed", message);
  }

  static is(error: unknown): error is EvaluationClosedError {
    return error instanceof EvaluationClosedError;
  }
}

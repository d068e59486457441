/**
 * Typed errors the UI, CLI and bot turn into sentences a council officer understands.
 * Each carries a stable `code` for programs and a plain-English `message` for people.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A policy pack cannot answer the question asked of it (unknown kind, a rule it lacks…). */
export class PolicyError extends DomainError {
  static is(error: unknown): error is PolicyError {
    return error instanceof PolicyError;
  }
}

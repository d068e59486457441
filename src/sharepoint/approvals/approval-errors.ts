import { DomainError } from "../../domain/errors";

/**
 * Why a card action changed nothing, as a sentence the person who clicked can act on. Typed like
 * the SharePoint errors (a class, a guard, factories), so the bot can pick the card to answer with.
 */
export class NotAssigneeError extends DomainError {
  constructor(message: string) {
    super("not-assignee", message);
  }

  static is(error: unknown): error is NotAssigneeError {
    return error instanceof NotAssigneeError;
  }

  static forStage(personName: string, stageLabel: string, assignees: readonly string[]): NotAssigneeError {
    const who = assignees.length > 0 ? ` It is for ${assignees.join(" and ")}, or a delegate recorded for them in the Role holders list.` : "";
    return new NotAssigneeError(`${personName} is not assigned to "${stageLabel}", so nothing was recorded.${who}`);
  }
}

/** What was typed on the card is not enough to record the decision; each problem is one sentence. */
export class DecisionInputError extends DomainError {
  constructor(readonly problems: readonly string[]) {
    super("decision-input", problems.join(" "));
  }

  static is(error: unknown): error is DecisionInputError {
    return error instanceof DecisionInputError;
  }
}

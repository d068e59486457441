import { DomainError } from "../../domain/errors";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";

/** What an officer types to begin an exit (DOMAIN.md "Exit and termination"). */
export interface ExitInputs {
  /** One of the pack's `exit.reasons` ids. */
  reasonId: string;
  notice: string;
  succession: string;
  liabilities: string;
  assets: string;
}

export type ExitField = keyof ExitInputs;

export const exitFieldLabels: Record<ExitField, string> = {
  reasonId: "Reason for the exit",
  notice: "Notice",
  succession: "Succession: what continues, and how",
  liabilities: "Liabilities",
  assets: "Assets",
};

/** What is wrong with the exit's inputs, field by field, each one plain sentence; nothing wrong is an empty object. */
export function exitProblems(inputs: Partial<ExitInputs>, pack: Pick<PolicyPack, "exit">): Partial<Record<ExitField, string>> {
  const out: Partial<Record<ExitField, string>> = {};
  const text = (v: string | undefined) => (v ?? "").trim();
  if (!text(inputs.reasonId)) out.reasonId = "Choose the reason for the exit from the council's list.";
  else if (!pack.exit.reasons.some((r) => r.id === inputs.reasonId)) out.reasonId = `"${inputs.reasonId}" is not one of the council's reasons for an exit; choose one from the list.`;
  if (!text(inputs.notice)) out.notice = "Say what notice is given, and to whom (for example: six months' written notice to the partners, ending 31 March).";
  if (!text(inputs.succession)) out.succession = "Say which services or schemes continue and how, or that none do.";
  if (!text(inputs.liabilities)) out.liabilities = "Say what the council still owes or is liable for, or write \"None\".";
  if (!text(inputs.assets)) out.assets = "Say who will own the assets (equipment, data, property), or write \"None\".";
  return out;
}

/** The exit cannot begin as typed: each problem is named at its field. */
export class ExitInputError extends DomainError {
  constructor(readonly problems: Partial<Record<ExitField, string>>) {
    super("exit-input", Object.values(problems).join(" "));
  }

  static is(error: unknown): error is ExitInputError {
    return error instanceof ExitInputError;
  }
}

/** The exit cannot begin at all (the arrangement is not active, or a deciding role has no holder). */
export class ExitRefusedError extends DomainError {
  constructor(message: string) {
    super("exit-refused", message);
  }

  static is(error: unknown): error is ExitRefusedError {
    return error instanceof ExitRefusedError;
  }
}

import { useState } from "react";
import { ConcurrencyError } from "../../sharepoint/errors/concurrency-error";
import { describeError } from "../../sharepoint/describe-error";
import { beginExit, type BeginExitResult } from "../../sharepoint/exit/begin-exit";
import { exitProblems, ExitInputError, type ExitField, type ExitInputs } from "../../sharepoint/exit/exit-inputs";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { notifyBot } from "../lib/bot/notify-bot";
import { useSession } from "../lib/session/session-context";

export const emptyExit: ExitInputs = { reasonId: "", notice: "", succession: "", liabilities: "", assets: "" };

export type ExitFormState =
  | { step: "editing"; errors: Partial<Record<ExitField, string>>; failure?: { message: string; stale: boolean }; saving: boolean }
  | { step: "begun"; result: BeginExitResult };

/**
 * The exit form's work: check each field where it was typed, save through beginExit (which checks
 * again, with who may), keep what was typed on any failure, and tell the bot once it is saved.
 */
export function useBeginExit(arrangementId: number, etag: string, pack: Pick<PolicyPack, "exit">) {
  const { sp, user } = useSession();
  const [values, setValues] = useState<ExitInputs>(emptyExit);
  const [state, setState] = useState<ExitFormState>({ step: "editing", errors: {}, saving: false });

  const change = (field: ExitField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // A message goes once its field is put right; the others stay until the next try.
    setState((s) => (s.step === "editing" && s.errors[field] ? { ...s, errors: { ...s.errors, [field]: undefined } } : s));
  };

  const submit = async (): Promise<Partial<Record<ExitField, string>>> => {
    const errors = exitProblems(values, pack);
    if (Object.keys(errors).length > 0) {
      setState({ step: "editing", errors, saving: false });
      return errors;
    }
    setState({ step: "editing", errors: {}, saving: true });
    try {
      const result = await beginExit(sp, { ...values, arrangementId, etag, actor: { id: user.id, title: user.title, email: user.email } });
      setState({ step: "begun", result });
      // Only now that the exit is saved: the people who decide get their cards.
      void notifyBot("approvals");
      return {};
    } catch (error) {
      if (ExitInputError.is(error)) {
        setState({ step: "editing", errors: error.problems, saving: false });
        return error.problems;
      }
      setState({ step: "editing", errors: {}, saving: false, failure: { message: describeError(error), stale: ConcurrencyError.is(error) } });
      return {};
    }
  };

  return { values, state, change, submit };
}

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { WindowedReview } from "../../domain/policy-pack/pack-schema";
import type { RoundAnswer } from "../../domain/register-review/round-answers";
import { checkRoundAnswers } from "../../domain/register-review/round-answers";
import { describeError } from "../../sharepoint/describe-error";
import { RoundAnswerError } from "../../sharepoint/register-review/confirm-review";
import { ErrorMessage } from "../ui/error-message";

interface Props {
  arrangementName: string;
  review: WindowedReview;
  onConfirm: (answers: Record<string, RoundAnswer>) => Promise<void>;
  onClose: () => void;
}

/**
 * Confirming one record: the pack's questions (yes or no, with a note for any no), checked here
 * as they will be when saved, each problem shown against its question. Nothing typed is lost
 * when saving fails.
 */
export function ConfirmReviewDialog({ arrangementName, review, onConfirm, onClose }: Props) {
  const [answers, setAnswers] = useState<Record<string, RoundAnswer>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = (id: string, change: Partial<RoundAnswer>) => setAnswers((a) => ({ ...a, [id]: { answer: a[id]?.answer ?? "yes", ...a[id], ...change } }));

  const submit = async () => {
    const found = checkRoundAnswers(review, answers);
    setProblems(Object.fromEntries(found.map((p) => [p.questionId, p.message])));
    if (found.length) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await onConfirm(answers);
    } catch (error) {
      if (RoundAnswerError.is(error)) setProblems(Object.fromEntries(error.problems.map((p) => [p.questionId, p.message])));
      else setFailure(describeError(error));
      setSaving(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !saving && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Confirm {arrangementName}</DialogTitle>
          <DialogContent>
            <p>You are confirming that the register is right about this arrangement ({review.cite}).</p>
            {review.questions.map((q) => (
              <div key={q.id} style={{ marginBottom: 16 }}>
                <Field label={q.text} required validationMessage={problems[q.id]} validationState={problems[q.id] ? "error" : "none"}>
                  <RadioGroup layout="horizontal" value={answers[q.id]?.answer ?? ""} onChange={(_, d) => set(q.id, { answer: d.value as RoundAnswer["answer"] })}>
                    <Radio value="yes" label="Yes" />
                    <Radio value="no" label="No" />
                  </RadioGroup>
                </Field>
                <Field label={answers[q.id]?.answer === "no" ? "What is wrong (needed)" : "Note (optional)"}>
                  <Textarea value={answers[q.id]?.note ?? ""} onChange={(_, d) => set(q.id, { note: d.value })} resize="vertical" />
                </Field>
              </div>
            ))}
            {failure && <ErrorMessage title="Your confirmation was not saved" message={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void submit()} disabled={saving}>
              {saving ? "Saving…" : "Confirm as correct"}
            </Button>
            <Button onClick={onClose} disabled={saving}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

import { Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ApprovalStage } from "../../../domain/records/approval-stage";
import { meetingProblemsByField, meetingResultLabels, meetingResults, recordMeeting, type MeetingResult } from "../../../sharepoint/approvals/record-meeting";
import { ConcurrencyError } from "../../../sharepoint/errors/concurrency-error";
import { describeError } from "../../../sharepoint/describe-error";
import { notifyBot } from "../../lib/bot/notify-bot";
import { useSession } from "../../lib/session/session-context";

const useStyles = makeStyles({
  form: { display: "grid", gap: "12px", maxWidth: "560px", marginTop: "12px", padding: "12px 16px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke1}` },
  legend: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: "8px" },
});

type FieldName = "date" | "outcome" | "minuteReference";

interface Props {
  stageId: number;
  etag: string;
  stage: Partial<ApprovalStage>;
  today: string;
  /** Called after the meeting is saved: the record is read again, so the timeline shows it. */
  onRecorded: (notice: string) => void;
}

/**
 * Records a meeting stage (Management Team, Cabinet) for the lead officer or the Change Manager:
 * the day it met, what it resolved (the choices a meeting stage allows) and the minute reference.
 * Each problem is shown at its field; the register enforces who may record it (recordMeeting).
 * After saving, the bot is told so the next stage's cards go out at once.
 */
export function MeetingRecordForm({ stageId, etag, stage, today, onRecorded }: Props) {
  const styles = useStyles();
  const { sp, user } = useSession();
  const ids = { date: useId(), outcome: useId(), minute: useId(), result: useId() };
  const [date, setDate] = useState("");
  const [result, setResult] = useState<MeetingResult>("supported");
  const [outcome, setOutcome] = useState("");
  const [minuteReference, setMinuteReference] = useState("");
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean }>();
  const [saving, setSaving] = useState(false);
  const label = stage.label ?? "the meeting";

  const save = async () => {
    const found = meetingProblemsByField({ date, outcome, minuteReference, result }, today);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      const first = found.date ? ids.date : found.outcome ? ids.outcome : ids.minute;
      document.getElementById(first)?.focus();
      return;
    }
    setSaving(true);
    try {
      const saved = await recordMeeting(sp, { stageId, etag, actor: { id: user.id, title: user.title, email: user.email }, date, result, outcome, minuteReference });
      const next = saved.outcome === "decided" && saved.opened.length > 0 ? " The next stage's cards are being sent." : "";
      onRecorded(saved.outcome === "decided" ? `${label}: recorded (minute ${minuteReference.trim()}).${next}` : saved.message);
      // Only after the record is safe: the bot sends the cards of whatever stage opened.
      if (saved.outcome === "decided") void notifyBot("approvals");
    } catch (error) {
      setFailure({ message: describeError(error), stale: ConcurrencyError.is(error) });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: FieldName) => ({ validationMessage: errors[name], validationState: errors[name] ? ("error" as const) : ("none" as const) });
  return (
    <form
      className={styles.form}
      aria-label={`Record ${label}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 className={styles.legend}>Record the meeting</h4>
      {failure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{failure.stale ? "This stage changed while you were typing" : "The meeting was not recorded"}</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
          {failure.stale && (
            <MessageBarActions>
              <Button onClick={() => onRecorded("")}>Reload the record</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <Field label={{ children: "Date of the meeting", htmlFor: ids.date }} required {...field("date")}>
        <Input id={ids.date} type="date" value={date} max={today} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={{ children: "What the meeting decided", id: ids.result }} required>
        <RadioGroup aria-labelledby={ids.result} value={result} onChange={(_, d) => setResult(d.value as MeetingResult)}>
          {meetingResults.map((r) => (
            <Radio key={r} value={r} label={meetingResultLabels[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={{ children: result === "supported" ? "Resolution as minuted (optional)" : "What the meeting said", htmlFor: ids.outcome }}
        required={result !== "supported"}
        hint={result === "supported" ? "For example: Supported; to go forward for member approval." : "The lead officer sees this: say why, and what would need to change."}
        {...field("outcome")}
      >
        <Textarea id={ids.outcome} value={outcome} resize="vertical" rows={2} onChange={(_, d) => setOutcome(d.value)} />
      </Field>
      <Field label={{ children: "Minute reference", htmlFor: ids.minute }} required hint="As it appears in the minutes, e.g. MT/26/41." {...field("minuteReference")}>
        <Input id={ids.minute} value={minuteReference} onChange={(_, d) => setMinuteReference(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Recording…" : "Record the meeting"}
        </Button>
      </div>
    </form>
  );
}

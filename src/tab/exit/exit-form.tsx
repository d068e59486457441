import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Textarea, tokens } from "@fluentui/react-components";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { exitFieldLabels, type ExitField, type ExitInputs } from "../../sharepoint/exit/exit-inputs";
import type { ExitFormState } from "./use-begin-exit";

const useStyles = makeStyles({
  form: { display: "grid", gap: "16px", maxWidth: "720px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  cite: { color: tokens.colorNeutralForeground2 },
});

export const exitFieldId = (field: ExitField) => `exit-${field}`;

const hints: Record<Exclude<ExitField, "reasonId">, string> = {
  notice: "The notice given or needed, to whom, and when it ends.",
  succession: "Which services or schemes continue, who runs them and how; or that none do.",
  liabilities: "What the council still owes or is liable for (contributions, staff, contracts); or \"None\".",
  assets: "Who owns the equipment, data, property and money afterwards; or \"None\".",
};

interface Props {
  pack: Pick<PolicyPack, "exit">;
  values: ExitInputs;
  state: Extract<ExitFormState, { step: "editing" }>;
  onChange: (field: ExitField, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/** The exit's details, each with its message at the field; the reasons are the council's own list. */
export function ExitForm({ pack, values, state, onChange, onSubmit, onCancel, onReload }: Props) {
  const styles = useStyles();
  const field = (name: ExitField) => ({ validationMessage: state.errors[name], validationState: state.errors[name] ? ("error" as const) : ("none" as const) });
  const reason = pack.exit.reasons.find((r) => r.id === values.reasonId);
  return (
    <form
      className={styles.form}
      aria-label="Begin the exit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {state.failure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{state.failure.stale ? "The record changed while you were typing" : "The exit was not begun"}</MessageBarTitle>
            {state.failure.message} What you typed is still here.
          </MessageBarBody>
          {state.failure.stale && (
            <MessageBarActions>
              <Button onClick={onReload}>Reload the record, keeping what I typed</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <Field label={{ children: exitFieldLabels.reasonId, htmlFor: exitFieldId("reasonId") }} required hint={reason ? <span className={styles.cite}>{reason.cite}</span> : "From the council's framework."} {...field("reasonId")}>
        <Select id={exitFieldId("reasonId")} value={values.reasonId} onChange={(_, d) => onChange("reasonId", d.value)}>
          <option value="">Choose a reason</option>
          {pack.exit.reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {r.text}
            </option>
          ))}
        </Select>
      </Field>
      {(["notice", "succession", "liabilities", "assets"] as const).map((name) => (
        <Field key={name} label={{ children: exitFieldLabels[name], htmlFor: exitFieldId(name) }} required hint={hints[name]} {...field(name)}>
          <Textarea id={exitFieldId(name)} value={values[name]} resize="vertical" rows={3} onChange={(_, d) => onChange(name, d.value)} />
        </Field>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={state.saving}>
          {state.saving ? "Beginning the exit…" : "Begin the exit"}
        </Button>
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { ErrorMessage } from "../../ui/error-message";
import { SectionCard } from "../parts/section-card";
import { editGroups } from "./edit-fields";
import { EditFieldControl } from "./edit-field-control";
import { ErrorSummary } from "./error-summary";
import type { EditState } from "./use-record-edit";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(320px, 1fr))", gap: "16px 24px" },
  legend: { padding: 0, marginBottom: "12px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: { marginBottom: "24px" },
  actions: { display: "flex", gap: "8px", alignItems: "center", position: "sticky", bottom: 0, padding: "12px 0", backgroundColor: tokens.colorNeutralBackground1 },
  bar: { marginBottom: "16px" },
});

type Editing = Extract<EditState, { mode: "edit" }>;

/** The register entry's main fields as a form: problems at each field, summarised and linked above. */
export function EditForm({ state, onChange, onSave, onCancel, onReload }: { state: Editing; onChange: (p: string, v: string) => void; onSave: () => void; onCancel: () => void; onReload: () => void }) {
  const styles = useStyles();
  const summary = useRef<HTMLDivElement>(null);
  const conflict = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Opening the form puts the person in its first field; each failed save takes them to the
    // summary of what to fix. Typing (which clears a field's error) must never move focus.
    if (first.current) {
      first.current = false;
      document.getElementById("edit-name")?.focus();
    } else summary.current?.focus();
  }, [state.attempt]);
  useEffect(() => {
    if (state.conflict) conflict.current?.focus();
  }, [state.conflict]);

  return (
    <SectionCard title="Edit the record" lead="Change what needs changing and save. Fields left empty are shown as “Not recorded”.">
      {state.conflict && (
        <MessageBar ref={conflict} tabIndex={-1} intent="warning" layout="multiline" role="alert" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Someone else saved first; nothing of yours was saved over theirs</MessageBarTitle>
            {state.conflict}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={onReload}>Reload</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.failure && <div className={styles.bar}><ErrorMessage title="Your changes were not saved" message={state.failure} /></div>}
      {state.errors.length > 0 && <ErrorSummary ref={summary} errors={state.errors} />}
      <form
        noValidate
        aria-label="Edit the record"
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        {editGroups.map((group) => (
          <fieldset key={group.title} className={`${styles.fieldset} ${styles.group}`}>
            <legend className={styles.legend}>{group.title}</legend>
            {group.fields.map((field) => (
              <EditFieldControl
                key={field.property}
                field={field}
                value={state.draft[field.property] ?? ""}
                error={state.errors.find((e) => e.property === field.property)?.message}
                onChange={(value) => onChange(field.property, value)}
              />
            ))}
          </fieldset>
        ))}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={state.saving || !!state.conflict}>
            Save changes
          </Button>
          <Button type="button" onClick={onCancel} disabled={state.saving}>
            Cancel
          </Button>
          {state.saving && <Spinner size="tiny" label="Saving…" />}
        </div>
      </form>
    </SectionCard>
  );
}

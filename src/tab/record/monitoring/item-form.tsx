import { Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { z } from "zod";
import { describeError } from "../../../sharepoint/describe-error";
import { ConcurrencyError } from "../../../sharepoint/errors/concurrency-error";
import { PermissionError } from "../../../sharepoint/errors/permission-error";
import { siteUsers } from "../../../sharepoint/site-users";
import { useAsync } from "../../lib/data/use-async";
import { useSession } from "../../lib/session/session-context";
import { ErrorMessage } from "../../ui/error-message";
import { notSavedTitle, ProblemSummary } from "../../ui/problem-summary";
import { conflictText } from "./conflict-text";
import { readItemDraft, type ItemDraft, type ItemError, type ItemField } from "./item-draft";

const useStyles = makeStyles({
  form: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "16px 20px",
    margin: "12px 0 16px",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: "0 0 4px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))", gap: "12px 20px", marginBottom: "16px" },
  wide: { gridColumn: "1 / -1" },
  actions: { display: "flex", gap: "8px" },
  bar: { marginBottom: "12px" },
});

export interface ItemFormProps {
  /** Unique on the page: the form's fields' ids start with it. */
  id: string;
  title: string;
  lead?: string;
  noun: string;
  fields: readonly ItemField[];
  initial: ItemDraft;
  schema: z.ZodType;
  /** The rest of the record as it will be saved, so whole-record rules can be checked. */
  base: Record<string, unknown>;
  submitLabel: string;
  /** Saves the checked values; throws the repository's typed errors. */
  onSave: (values: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * A small form under a section of the record: every problem at its field and summarised above,
 * saved with the ETag the page was showing; if someone else saved first, what was typed stays.
 */
export function ItemForm(props: ItemFormProps) {
  const { id, fields, schema, base, onSave } = props;
  const styles = useStyles();
  const { sp } = useSession();
  const [draft, setDraft] = useState<ItemDraft>(props.initial);
  const [errors, setErrors] = useState<ItemError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const conflictBar = useRef<HTMLDivElement>(null);
  const needsPeople = fields.some((f) => f.input === "person");
  const people = useAsync(() => (needsPeople ? siteUsers(sp) : Promise.resolve([])), [sp, needsPeople]);
  const peopleById = useMemo(() => new Map((people.status === "ready" ? people.data : []).map((p) => [p.id, p])), [people]);
  // Field ids are `<form id>-<property>`; the form's own parts use `--` so they never clash with a field.
  const fieldId = (property: string) => `${id}-${property}`;

  useEffect(() => {
    if (attempt === 0) document.getElementById(fieldId(fields[0]!.property))?.focus();
    else summary.current?.focus();
    // Focus moves only when the form opens or a save fails, never while typing.
  }, [attempt]);
  useEffect(() => {
    if (conflict) conflictBar.current?.focus();
  }, [conflict]);

  const submit = async () => {
    if (saving) return;
    const result = readItemDraft(fields, draft, schema, base, peopleById);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(undefined);
      setAttempt((a) => a + 1);
      return;
    }
    setErrors([]);
    setSaving(true);
    setFailure(undefined);
    setConflict(undefined);
    try {
      await onSave(result.values);
    } catch (error) {
      if (ConcurrencyError.is(error)) setConflict(conflictText(error, props.noun));
      else {
        if (!PermissionError.is(error)) console.error(`[record] saving the ${props.noun} failed:`, error);
        setFailure(describeError(error));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby={`${id}--heading`}
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}--heading`} className={styles.title}>{props.title}</h3>
      {props.lead && <p className={styles.lead}>{props.lead}</p>}
      {conflict && (
        <MessageBar ref={conflictBar} tabIndex={-1} intent="warning" layout="multiline" role="alert" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Someone else saved first; nothing of yours was saved over theirs</MessageBarTitle>
            {conflict}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              type="button"
              appearance="primary"
              onClick={() => {
                setConflict(undefined);
                props.onReload();
              }}
            >
              Reload
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failure && <div className={styles.bar}><ErrorMessage title={`The ${props.noun} was not saved`} message={failure} /></div>}
      {errors.length > 0 && (
        <ProblemSummary
          ref={summary}
          id={`${id}--summary`}
          level={4}
          compact
          title={notSavedTitle(errors.length)}
          problems={errors.map((e) => ({ key: e.property, text: `${e.label}: ${e.message}`, targetId: fieldId(e.property) }))}
        />
      )}
      <div className={styles.grid}>
        {fields.map((field) => {
          const error = errors.find((e) => e.property === field.property)?.message;
          const common = { id: fieldId(field.property), name: field.property, value: draft[field.property] ?? "" };
          const change = (value: string) => {
            setDraft((d) => ({ ...d, [field.property]: value }));
            setErrors((list) => list.filter((e) => e.property !== field.property));
          };
          const options =
            field.input === "yes-no"
              ? [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }]
              : field.input === "person"
                ? (people.status === "ready" ? people.data : []).map((p) => ({ value: String(p.id), label: p.title }))
                : (field.options ?? []);
          return (
            <Field
              key={field.property}
              className={field.input === "textarea" ? styles.wide : undefined}
              label={{ children: field.label, htmlFor: common.id }}
              hint={field.hint}
              required={field.required}
              validationMessage={error}
              validationState={error ? "error" : "none"}
            >
              {field.input === "textarea" ? (
                <Textarea {...common} resize="vertical" rows={2} onChange={(_, d) => change(d.value)} />
              ) : field.input === "choice" || field.input === "person" || field.input === "yes-no" ? (
                <Select {...common} onChange={(_, d) => change(d.value)}>
                  <option value="">{field.input === "person" && people.status === "loading" ? "Loading people…" : field.required ? "Choose…" : "Not recorded"}</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              ) : (
                <Input
                  {...common}
                  type={field.input === "date" ? "date" : "text"}
                  inputMode={field.input === "money" || field.input === "number" ? "decimal" : undefined}
                  onChange={(_, d) => change(d.value)}
                />
              )}
            </Field>
          );
        })}
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving || !!conflict}>{saving ? "Saving…" : props.submitLabel}</Button>
        <Button type="button" onClick={props.onCancel} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}

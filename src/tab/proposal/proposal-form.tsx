import { Button, Field, Input, makeStyles, Radio, RadioGroup, Spinner, Textarea, tokens } from "@fluentui/react-components";
import { useRef, type FormEvent } from "react";
import { usePolicy } from "../lib/policy/policy-context";
import type { ProposalErrors, ProposalInput } from "./validate-proposal";

const useStyles = makeStyles({
  form: { display: "grid", gap: "18px", padding: "20px 24px", backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  actions: { display: "flex", gap: "12px", alignItems: "center" },
  kindText: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const order: (keyof ProposalInput)[] = ["name", "partners", "purpose", "kind"];

/** The four things a proposal starts with; each field says plainly what is wrong with it. */
export function ProposalForm({
  values,
  errors,
  busy,
  onChange,
  onSubmit,
}: {
  values: ProposalInput;
  errors: ProposalErrors;
  busy: boolean;
  onChange: (field: keyof ProposalInput, value: string) => void;
  onSubmit: () => ProposalErrors;
}) {
  const styles = useStyles();
  const { pack } = usePolicy();
  const refs = { name: useRef<HTMLInputElement>(null), partners: useRef<HTMLTextAreaElement>(null), purpose: useRef<HTMLTextAreaElement>(null), kind: useRef<HTMLDivElement>(null) };
  const state = (field: keyof ProposalInput) => (errors[field] ? { validationState: "error" as const, validationMessage: errors[field] } : {});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = onSubmit();
    // Take the keyboard to the first thing to fix, so nobody has to hunt for it.
    const first = order.find((f) => found[f]);
    if (first === "kind") refs.kind.current?.querySelector("input")?.focus();
    else if (first) refs[first].current?.focus();
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="New arrangement">
      <Field label="Name" required hint="The name partners and councillors will know it by." {...state("name")}>
        <Input ref={refs.name} value={values.name} onChange={(_, d) => onChange("name", d.value)} autoComplete="off" />
      </Field>
      <Field label="Partners" required hint="The organisations the council would work with: one a line, or separated by commas." {...state("partners")}>
        <Textarea ref={refs.partners} value={values.partners} onChange={(_, d) => onChange("partners", d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label="Purpose" required hint="What it is for, and the council objective it helps achieve." {...state("purpose")}>
        <Textarea ref={refs.purpose} value={values.purpose} onChange={(_, d) => onChange("purpose", d.value)} resize="vertical" rows={4} />
      </Field>
      <Field label="Kind of arrangement" required {...state("kind")}>
        <RadioGroup ref={refs.kind} value={values.kind} onChange={(_, d) => onChange("kind", d.value)}>
          {pack.kinds.map((k) => (
            <Radio
              key={k.id}
              value={k.id}
              label={
                <>
                  {k.name}
                  <span className={styles.kindText}>{k.description.charAt(0).toUpperCase() + k.description.slice(1)}.</span>
                </>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? "Saving the proposal…" : "Propose this arrangement"}
        </Button>
      </div>
    </form>
  );
}

import { Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { PersonRef } from "../../domain/records/person-ref";
import { fieldDomId } from "./field-dom-id";
import { parsePounds, poundsText } from "./parse-pounds";
import type { WizardChoices } from "./read-wizard-choices";

interface Common {
  field: string;
  label: string;
  hint?: string;
  required?: boolean;
  message?: string;
}

/** A select as wide as its column, never as wide as its longest option (which would spill over). */
export const useSelectStyles = makeStyles({
  root: { minWidth: 0, width: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

const state = (message: string | undefined) => (message ? { validationState: "error" as const, validationMessage: message } : {});

/**
 * Pounds, typed freely: what was typed stays in the box while it is not yet an amount (with a
 * message saying so), and only an amount is saved.
 */
export function MoneyField({ field, label, hint, required, message, value, onChange }: Common & { value: number | undefined; onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(poundsText(value));
  const parsed = parsePounds(text);
  const own = parsed === null ? `Enter ${label.toLowerCase()} as an amount in pounds, like 12000.` : undefined;
  const id = fieldDomId(field);
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} required={required} {...state(own ?? message)}>
      <Input
        id={id}
        value={text}
        inputMode="decimal"
        contentBefore={<span aria-hidden="true">£</span>}
        onChange={(_, d) => {
          setText(d.value);
          const next = parsePounds(d.value);
          if (next !== null) onChange(next);
        }}
      />
    </Field>
  );
}

export function TextField({ field, label, hint, required, message, value, onChange, type = "text" }: Common & { value: string | undefined; onChange: (value: string) => void; type?: "text" | "date" }) {
  const id = fieldDomId(field);
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} required={required} {...state(message)}>
      <Input id={id} type={type} value={value ?? ""} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

/** One of the site's people, by name (the stand-in and a real site both list them). */
export function PersonField({ field, label, hint, required, message, value, people, onChange }: Common & { value: PersonRef | undefined; people: WizardChoices["people"] | undefined; onChange: (value: PersonRef | undefined) => void }) {
  const id = fieldDomId(field);
  const styles = useSelectStyles();
  const known = people ?? [];
  // Someone chosen before who is no longer among the site's users stays visible, not silently dropped.
  const options = value && !known.some((p) => p.id === value.id) ? [{ id: value.id, title: value.title ?? `Person ${value.id}`, email: value.email }, ...known] : known;
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} required={required} {...state(message)}>
      <Select
        id={id}
        className={styles.root}
        select={{ className: styles.select }}
        value={value ? String(value.id) : ""}
        onChange={(_, d) => {
          const person = options.find((p) => String(p.id) === d.value);
          onChange(person ? { id: person.id, title: person.title, ...(person.email ? { email: person.email } : {}) } : undefined);
        }}
      >
        <option value="">{people ? "Choose a person" : "Loading people…"}</option>
        {options.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One item of a list the council keeps (directorates, portfolios), by id. */
export function ListChoiceField({ field, label, hint, required, message, value, options, onChange }: Common & { value: number | undefined; options: { id: number; name: string }[] | undefined; onChange: (value: number | undefined) => void }) {
  const id = fieldDomId(field);
  const styles = useSelectStyles();
  const all = options ?? [];
  const shown = value !== undefined && !all.some((o) => o.id === value) ? [{ id: value, name: `Item ${value} (no longer offered)` }, ...all] : all;
  return (
    <Field label={{ children: label, htmlFor: id }} hint={hint} required={required} {...state(message)}>
      <Select id={id} className={styles.root} select={{ className: styles.select }} value={value === undefined ? "" : String(value)} onChange={(_, d) => onChange(d.value ? Number(d.value) : undefined)}>
        <option value="">{options ? "Choose one" : "Loading…"}</option>
        {shown.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

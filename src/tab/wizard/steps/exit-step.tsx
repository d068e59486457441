import { Field, Textarea } from "@fluentui/react-components";
import type { ExitAnswers } from "../../../domain/evaluation/evaluation-answers";
import { fieldDomId } from "../field-dom-id";
import { PersonField } from "../inputs";
import { fieldState, type StepProps } from "../step-props";

/** Step 9: how the council would leave, the notice, the liabilities, and who instigates it. */
export function ExitStep({ answers, update, step, choices, messages }: StepProps) {
  const exit = answers.exit ?? {};
  const set = <K extends keyof ExitAnswers>(key: K, value: ExitAnswers[K]) => update((a) => ({ ...a, exit: { ...a.exit, [key]: value } }));
  const area = (key: "how" | "notice" | "liabilities", label: string, hint: string, required: boolean) => (
    <Field label={{ children: label, htmlFor: fieldDomId(`exit.${key}`) }} hint={hint} required={required} {...fieldState(messages, `exit.${key}`)}>
      <Textarea id={fieldDomId(`exit.${key}`)} value={exit[key] ?? ""} rows={key === "how" ? 4 : 2} resize="vertical" onChange={(_, d) => set(key, d.value)} />
    </Field>
  );
  return (
    <>
      {area("how", "How the council would leave", "How partners can end the arrangement or leave it, and what happens to the work it does.", step.required)}
      {area("notice", "Notice", "The notice period, and to whom it is given.", false)}
      {area("liabilities", "Liabilities and assets", "What the council would still owe or own on leaving: staff, contracts, assets, money.", false)}
      <PersonField
        field="exit.instigator"
        label="Who at the council would instigate exit"
        required={step.required}
        value={exit.instigator}
        people={choices?.people}
        message={messages["exit.instigator"]}
        onChange={(v) => set("instigator", v)}
      />
    </>
  );
}

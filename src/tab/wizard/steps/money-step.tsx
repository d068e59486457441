import { Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { councilResourceFrom } from "../../../domain/evaluation/answers-to-facts";
import type { MoneyAnswers } from "../../../domain/evaluation/evaluation-answers";
import { fieldDomId } from "../field-dom-id";
import { MoneyField } from "../inputs";
import { SectionAnswer } from "../section-answer";
import { fieldState, type StepProps } from "../step-props";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 200px), 1fr))", gap: "18px" },
  total: { margin: 0, padding: "10px 14px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3 },
});

const figures: { key: Exclude<keyof MoneyAnswers, "notes">; label: string; hint: string }[] = [
  { key: "councilMoney", label: "Council money", hint: "Cash the council puts in, £ a year." },
  { key: "staffTime", label: "Staff time", hint: "Officer time, costed, £ a year." },
  { key: "assets", label: "Assets", hint: "Buildings, equipment or land made available, valued £ a year." },
  { key: "externalFunding", label: "External funding", hint: "Grants or partner money it brings in, £ a year." },
  { key: "exitCosts", label: "Exit costs", hint: "What leaving would cost the council, £." },
];

/** Step 5: benefits and costs, quantified (council money, staff time, assets, external funding, exit costs). */
export function MoneyStep({ answers, update, pack, step, messages }: StepProps) {
  const styles = useStyles();
  const money = answers.money ?? {};
  const set = <K extends keyof MoneyAnswers>(key: K, value: MoneyAnswers[K]) =>
    update((a) => {
      const next = { ...a.money, [key]: value };
      if (value === undefined) delete next[key];
      return { ...a, money: next };
    });
  const resource = councilResourceFrom(money);
  return (
    <>
      <div className={styles.grid}>
        {figures.map((f) => (
          <MoneyField key={f.key} field={`money.${f.key}`} label={f.label} hint={f.hint} value={money[f.key]} message={messages[`money.${f.key}`]} onChange={(v) => set(f.key, v)} />
        ))}
      </div>
      <p className={styles.total} role="status" aria-live="polite">
        {resource === undefined
          ? "Council resource (money, staff time and assets) is worked out as you fill these in."
          : `Council resource: £${resource.toLocaleString("en-GB")} a year (money, staff time and assets).`}
      </p>
      <Field label={{ children: "Notes on the figures", htmlFor: fieldDomId("money.notes") }} hint="Where the money comes from, what is one-off and what recurs." {...fieldState(messages, "money.notes")}>
        <Textarea id={fieldDomId("money.notes")} value={money.notes ?? ""} rows={3} resize="vertical" onChange={(_, d) => set("notes", d.value)} />
      </Field>
      {step.sectionIds.map((id) => (
        <SectionAnswer key={id} pack={pack} sectionId={id} required={step.requiredSectionIds.includes(id)} answers={answers} update={update} messages={messages} />
      ))}
    </>
  );
}

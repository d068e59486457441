import { Checkbox, Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { factsFromAnswers } from "../../../domain/evaluation/answers-to-facts";
import { factQuestions, type FactQuestion } from "../../../domain/evaluation/fact-questions";
import { fieldDomId } from "../field-dom-id";
import { MoneyField } from "../inputs";
import { fieldState, type StepProps } from "../step-props";
import { CategoryPanel } from "./category-panel";
import { ChoiceGroup, ChoiceLabel } from "./choice-group";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(260px, 2fr)", gap: "24px", alignItems: "start", "@media (max-width: 900px)": { gridTemplateColumns: "1fr" } },
  questions: { display: "grid", gap: "18px" },
  sticky: { position: "sticky", top: "12px" },
  weight: { color: tokens.colorNeutralForeground2 },
});

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Step 4: the questions the pack's rules test for this kind of arrangement, and its scorecard if
 * it has one, with the category updating live beside them and the reason in plain words.
 */
export function SignificanceStep({ answers, update, pack, plan, messages }: StepProps) {
  const styles = useStyles();
  const kind = answers.kind?.kind;
  const subtype = answers.kind?.subtype;
  const questions = kind ? factQuestions(pack, kind, subtype) : [];
  // What the engine sees: a fact answered on another step (member involvement, the money) shows here too.
  const facts: Record<string, unknown> = factsFromAnswers(answers);
  const scorecard = kind ? pack.categorisation.find((c) => c.kinds.includes(kind) && (!c.subtypes || (subtype !== undefined && c.subtypes.includes(subtype))))?.scorecard : undefined;
  const met = answers.significance?.scorecard ?? {};

  const setFact = (id: string, value: boolean | number | string | undefined) =>
    update((a) => {
      const next = { ...(a.significance?.facts ?? {}) };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return { ...a, significance: { facts: next, scorecard: a.significance?.scorecard ?? {} } };
    });

  const question = (q: FactQuestion) => {
    const field = `significance.facts.${q.id}`;
    const hint = `${sentence(q.description)}${q.cite ? ` (${q.cite})` : ""}.`;
    const label = `${sentence(q.label)}?`;
    if (q.type === "boolean") {
      const value = facts[q.id];
      return (
        <Field key={q.id} label={label} hint={hint} required={q.required} {...fieldState(messages, field)}>
          <RadioGroup id={fieldDomId(field)} layout="horizontal" value={value === true ? "yes" : value === false ? "no" : ""} onChange={(_, d) => setFact(q.id, d.value === "yes")}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </Field>
      );
    }
    if (q.type === "money") {
      const value = facts[q.id];
      return (
        <MoneyField
          key={q.id}
          field={field}
          label={sentence(q.label)}
          hint={hint}
          required={q.required}
          value={typeof value === "number" ? value : undefined}
          message={messages[field]}
          onChange={(v) => setFact(q.id, v)}
        />
      );
    }
    const value = facts[q.id];
    return (
      <Field key={q.id} label={{ children: sentence(q.label), htmlFor: fieldDomId(field) }} hint={hint} required={q.required} {...fieldState(messages, field)}>
        <Input
          id={fieldDomId(field)}
          inputMode={q.type === "number" ? "numeric" : undefined}
          value={value === undefined ? "" : String(value)}
          onChange={(_, d) => setFact(q.id, q.type === "number" ? (d.value.trim() === "" ? undefined : Number(d.value)) : d.value)}
        />
      </Field>
    );
  };

  return (
    <div className={styles.layout}>
      <div className={styles.questions}>
        {!kind && <p>Choose the kind of arrangement first (step 2): the questions depend on it.</p>}
        {questions.map(question)}
        {scorecard && (
          <ChoiceGroup
            id={fieldDomId("significance.scorecard")}
            legend={scorecard.name}
            hint={`Tick each statement that is true of the proposal (${scorecard.cite}).${scorecard.note ? ` ${scorecard.note}` : ""}`}
            message={messages["significance.scorecard"]}
          >
            {scorecard.criteria.map((c) => (
              <Checkbox
                key={c.id}
                id={fieldDomId(`significance.scorecard.${c.id}`)}
                checked={met[c.id] === true}
                onChange={(_, d) =>
                  update((a) => ({ ...a, significance: { facts: a.significance?.facts ?? {}, scorecard: { ...(a.significance?.scorecard ?? {}), [c.id]: d.checked === true } } }))
                }
                label={<ChoiceLabel name={c.text} cite={`${c.cite}; weight ${c.weight}`} />}
              />
            ))}
          </ChoiceGroup>
        )}
      </div>
      <div className={styles.sticky}>
        <CategoryPanel explanation={plan.explanation} problem={plan.problem} />
      </div>
    </div>
  );
}

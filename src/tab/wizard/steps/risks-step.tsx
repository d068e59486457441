import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "@fluentui/react-icons";
import type { RiskAnswer } from "../../../domain/evaluation/evaluation-answers";
import { fieldDomId } from "../field-dom-id";
import { PersonField, useSelectStyles } from "../inputs";
import { fieldState, type StepProps } from "../step-props";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "16px" },
  risk: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "14px 16px",
    display: "grid",
    gap: "12px",
    margin: 0,
    minWidth: 0,
  },
  legend: { padding: "0 4px", fontWeight: tokens.fontWeightSemibold },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 180px), 1fr))", gap: "12px", alignItems: "start", "& > *": { minWidth: 0 } },
  score: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "12px", flexWrap: "wrap" },
});

const likelihoods = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
const impacts = ["Negligible", "Minor", "Moderate", "Major", "Severe"];

const newId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `risk-${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** Step 6: the risk assessment as rows of the risk register — likelihood and impact 1–5, mitigation, owner. */
export function RisksStep({ answers, update, choices, messages }: StepProps) {
  const styles = useStyles();
  const selectStyles = useSelectStyles();
  const risks = answers.risks ?? [];
  const change = (index: number, patch: Partial<RiskAnswer>) =>
    update((a) => ({ ...a, risks: (a.risks ?? []).map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const add = () => {
    update((a) => ({ ...a, risks: [...(a.risks ?? []), { id: newId(), title: "" }] }));
    // Take the keyboard to the new risk's title once it is on screen.
    window.setTimeout(() => document.getElementById(fieldDomId(`risks.${risks.length}.title`))?.focus(), 0);
  };
  const remove = (index: number) => {
    update((a) => ({ ...a, risks: (a.risks ?? []).filter((_, i) => i !== index) }));
    window.setTimeout(() => document.getElementById(fieldDomId("risks"))?.focus(), 0);
  };
  const scale = (field: string, label: string, words: string[], value: number | undefined, onChange: (v: number | undefined) => void) => (
    <Field label={{ children: label, htmlFor: fieldDomId(field) }} {...fieldState(messages, field)}>
      <Select id={fieldDomId(field)} className={selectStyles.root} select={{ className: selectStyles.select }} value={value === undefined ? "" : String(value)} onChange={(_, d) => onChange(d.value ? Number(d.value) : undefined)}>
        <option value="">Choose 1 to 5</option>
        {words.map((w, i) => (
          <option key={w} value={String(i + 1)}>
            {i + 1} – {w}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <>
      {messages["risks"] && (
        <p className={styles.error} role="alert">
          {messages["risks"]}
        </p>
      )}
      {risks.length > 0 && (
        <ol className={styles.list} aria-label="Risks">
          {risks.map((risk, i) => (
            <li key={risk.id}>
              <fieldset className={styles.risk} id={fieldDomId(`risks.${i}`)}>
                <legend className={styles.legend}>Risk {i + 1}</legend>
                <Field label={{ children: "Risk", htmlFor: fieldDomId(`risks.${i}.title`) }} hint="What could go wrong, and what it would mean for the council." {...fieldState(messages, `risks.${i}.title`)}>
                  <Input id={fieldDomId(`risks.${i}.title`)} value={risk.title} onChange={(_, d) => change(i, { title: d.value })} />
                </Field>
                <div className={styles.row}>
                  {scale(`risks.${i}.likelihood`, "Likelihood", likelihoods, risk.likelihood, (v) => change(i, { likelihood: v }))}
                  {scale(`risks.${i}.impact`, "Impact", impacts, risk.impact, (v) => change(i, { impact: v }))}
                  <PersonField field={`risks.${i}.owner`} label="Owner" value={risk.owner} people={choices?.people} message={messages[`risks.${i}.owner`]} onChange={(v) => change(i, { owner: v })} />
                </div>
                <Field label={{ children: "Mitigation", htmlFor: fieldDomId(`risks.${i}.mitigation`) }} {...fieldState(messages, `risks.${i}.mitigation`)}>
                  <Textarea id={fieldDomId(`risks.${i}.mitigation`)} value={risk.mitigation ?? ""} rows={2} resize="vertical" onChange={(_, d) => change(i, { mitigation: d.value })} />
                </Field>
                {messages[`risks.${i}`] && <p className={styles.error}>{messages[`risks.${i}`]}</p>}
                <div className={styles.actions}>
                  <p className={styles.score}>
                    {risk.likelihood && risk.impact ? `Score ${risk.likelihood * risk.impact} of 25 (likelihood × impact).` : "The score is likelihood × impact, out of 25."}
                  </p>
                  <Button appearance="subtle" icon={<Delete16Regular />} onClick={() => remove(i)} aria-label={`Remove risk ${i + 1}${risk.title ? `: ${risk.title}` : ""}`}>
                    Remove
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button id={fieldDomId("risks")} icon={<Add16Regular />} onClick={add}>
          {risks.length ? "Add another risk" : "Add a risk"}
        </Button>
      </div>
    </>
  );
}

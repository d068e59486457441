import { Checkbox, Field, makeStyles, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { BasicsAnswers } from "../../../domain/evaluation/evaluation-answers";
import { legalForms } from "../../../domain/records/arrangement-parts";
import { findSimilar } from "../../../domain/similarity/find-similar";
import { useAsync } from "../../lib/data/use-async";
import { useSession } from "../../lib/session/session-context";
import { parsePartners } from "../../proposal/parse-partners";
import { readMatchCandidates } from "../../proposal/read-match-candidates";
import { SimilarArrangements } from "../../proposal/similar-arrangements";
import { useDebouncedValue } from "../../proposal/use-debounced-value";
import { fieldDomId } from "../field-dom-id";
import { ListChoiceField, PersonField, TextField, useSelectStyles } from "../inputs";
import { fieldState, type StepProps } from "../step-props";
import { idWords } from "../id-words";
import { ChoiceGroup } from "./choice-group";

const useStyles = makeStyles({
  top: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))", gap: "20px", alignItems: "start" },
  column: { display: "grid", gap: "18px" },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 220px), 1fr))", gap: "18px", alignItems: "start", "& > *": { minWidth: 0 } },
  objectives: { display: "grid", gap: "2px" },
});

/**
 * Step 3: what the arrangement is, who is in it and who answers for it — the register entry's own
 * fields — with arrangements already on the register that look alike shown as it is typed.
 */
export function BasicsStep({ answers, update, messages, choices, arrangementId }: StepProps & { arrangementId: number | undefined }) {
  const styles = useStyles();
  const selectStyles = useSelectStyles();
  const { sp } = useSession();
  const basics = answers.basics ?? {};
  const set = <K extends keyof BasicsAnswers>(key: K, value: BasicsAnswers[K]) => update((a) => ({ ...a, basics: { ...a.basics, [key]: value } }));
  const [partnersText, setPartnersText] = useState((basics.partners ?? []).join("\n"));

  const candidates = useAsync(() => readMatchCandidates(sp), [sp]);
  const typed = useDebouncedValue({ name: basics.name ?? "", partners: partnersText, purpose: basics.purpose ?? "" }, 300);
  const matches = useMemo(
    () =>
      candidates.status === "ready"
        ? findSimilar({ name: typed.name, partners: parsePartners(typed.partners), purpose: typed.purpose }, candidates.data.filter((c) => c.id !== arrangementId))
        : [],
    [candidates, typed, arrangementId],
  );
  const objectiveIds = new Set(basics.objectiveIds ?? []);

  return (
    <>
      <div className={styles.top}>
        <div className={styles.column}>
          <TextField field="basics.name" label="Name" required hint="The name partners and councillors will know it by." value={basics.name} message={messages["basics.name"]} onChange={(v) => set("name", v)} />
          <Field
            label={{ children: "Partners", htmlFor: fieldDomId("basics.partners") }}
            required
            hint="The organisations the council would work with: one a line, or separated by commas."
            {...fieldState(messages, "basics.partners")}
          >
            <Textarea
              id={fieldDomId("basics.partners")}
              value={partnersText}
              rows={3}
              resize="vertical"
              onChange={(_, d) => {
                setPartnersText(d.value);
                set("partners", parsePartners(d.value));
              }}
            />
          </Field>
          <Field label={{ children: "Purpose", htmlFor: fieldDomId("basics.purpose") }} required hint="What it is for, in a sentence or two." {...fieldState(messages, "basics.purpose")}>
            <Textarea id={fieldDomId("basics.purpose")} value={basics.purpose ?? ""} rows={3} resize="vertical" onChange={(_, d) => set("purpose", d.value)} />
          </Field>
        </div>
        <SimilarArrangements matches={matches} typed={Boolean(typed.name.trim() || typed.partners.trim() || typed.purpose.trim())} state={candidates.status} />
      </div>

      <Field label={{ children: "Expected outcomes", htmlFor: fieldDomId("basics.outcomes") }} required hint="What will be different for residents or the council if it works." {...fieldState(messages, "basics.outcomes")}>
        <Textarea id={fieldDomId("basics.outcomes")} value={basics.outcomes ?? ""} rows={3} resize="vertical" onChange={(_, d) => set("outcomes", d.value)} />
      </Field>
      <Field label={{ children: "Measures of success", htmlFor: fieldDomId("basics.measuresOfSuccess") }} required hint="How you will know: outcome indicators and targets." {...fieldState(messages, "basics.measuresOfSuccess")}>
        <Textarea id={fieldDomId("basics.measuresOfSuccess")} value={basics.measuresOfSuccess ?? ""} rows={3} resize="vertical" onChange={(_, d) => set("measuresOfSuccess", d.value)} />
      </Field>

      {choices && choices.objectives.length > 0 ? (
        <ChoiceGroup id={fieldDomId("basics.objectiveIds")} legend="Corporate objectives it helps achieve" message={messages["basics.objectiveIds"] ?? messages["basics.corporateObjectives"]}>
          <div className={styles.objectives}>
            {choices.objectives.map((o) => (
              <Checkbox
                key={o.id}
                label={o.code ? `${o.code}: ${o.name}` : o.name}
                checked={objectiveIds.has(o.id)}
                onChange={(_, d) => set("objectiveIds", choices.objectives.map((x) => x.id).filter((id) => (id === o.id ? d.checked === true : objectiveIds.has(id))))}
              />
            ))}
          </div>
        </ChoiceGroup>
      ) : (
        <Field label={{ children: "Corporate objectives it helps achieve", htmlFor: fieldDomId("basics.corporateObjectives") }} hint="One a line." {...fieldState(messages, "basics.corporateObjectives")}>
          <Textarea
            id={fieldDomId("basics.corporateObjectives")}
            value={(basics.corporateObjectives ?? []).join("\n")}
            rows={2}
            resize="vertical"
            onChange={(_, d) => set("corporateObjectives", d.value.split("\n"))}
          />
        </Field>
      )}

      <div className={styles.pair}>
        <PersonField field="basics.leadOfficer" label="Lead officer" required hint="The responsible officer." value={basics.leadOfficer} people={choices?.people} message={messages["basics.leadOfficer"]} onChange={(v) => set("leadOfficer", v)} />
        <PersonField field="basics.sponsoringOfficer" label="Sponsoring officer" hint="The accountable service manager." value={basics.sponsoringOfficer} people={choices?.people} message={messages["basics.sponsoringOfficer"]} onChange={(v) => set("sponsoringOfficer", v)} />
        <ListChoiceField field="basics.directorate" label="Directorate" required value={basics.directorate} options={choices?.directorates} message={messages["basics.directorate"]} onChange={(v) => set("directorate", v)} />
        <ListChoiceField field="basics.portfolio" label="Cabinet portfolio" required hint="Its portfolio holder approves it where the policy says so." value={basics.portfolio} options={choices?.portfolios} message={messages["basics.portfolio"]} onChange={(v) => set("portfolio", v)} />
        <TextField field="basics.startDate" type="date" label="Start date" value={basics.startDate} message={messages["basics.startDate"]} onChange={(v) => set("startDate", v)} />
        <TextField field="basics.plannedEndDate" type="date" label="Planned end date" value={basics.plannedEndDate} message={messages["basics.plannedEndDate"]} onChange={(v) => set("plannedEndDate", v)} />
        <Field label={{ children: "Legal form", htmlFor: fieldDomId("basics.legalForm") }} {...fieldState(messages, "basics.legalForm")}>
          <Select
            id={fieldDomId("basics.legalForm")}
            className={selectStyles.root}
            select={{ className: selectStyles.select }}
            value={basics.legalForm ?? ""}
            onChange={(_, d) => set("legalForm", (legalForms as readonly string[]).includes(d.value) ? (d.value as BasicsAnswers["legalForm"]) : undefined)}
          >
            <option value="">Not decided yet</option>
            {legalForms.map((f) => (
              <option key={f} value={f}>
                {idWords(f)}
              </option>
            ))}
          </Select>
        </Field>
        <TextField field="basics.legalPower" label="Legal power" hint="The power the council acts under." value={basics.legalPower} message={messages["basics.legalPower"]} onChange={(v) => set("legalPower", v)} />
        <TextField field="basics.leadPartner" label="Lead partner" value={basics.leadPartner} message={messages["basics.leadPartner"]} onChange={(v) => set("leadPartner", v)} />
        <TextField field="basics.accountableBody" label="Accountable body" hint="The body that holds and cash-flows the money." value={basics.accountableBody} message={messages["basics.accountableBody"]} onChange={(v) => set("accountableBody", v)} />
      </div>

      <Field label="Will councillors sit on the partnership's board?" required {...fieldState(messages, "basics.memberInvolvement")}>
        <RadioGroup
          id={fieldDomId("basics.memberInvolvement")}
          layout="horizontal"
          value={basics.memberInvolvement === undefined ? "" : basics.memberInvolvement ? "yes" : "no"}
          onChange={(_, d) => set("memberInvolvement", d.value === "yes")}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
    </>
  );
}

import { Button, Checkbox, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fieldDomId } from "../field-dom-id";
import type { StepProps } from "../step-props";
import { ChoiceGroup, ChoiceLabel } from "./choice-group";

const useStyles = makeStyles({
  none: { paddingTop: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

/**
 * Step 1: is it a partnership at all? The pack's exclusions (a contract, commissioning, a
 * grant…) each with its description and citation. Ticking one stops the wizard and says what
 * applies instead; the officer records the proposal as screened out with that reason.
 */
export function ScreeningStep({
  answers,
  update,
  pack,
  plan,
  messages,
  before,
  onScreenOut,
  screeningOut,
}: StepProps & { before?: ReactNode; onScreenOut: () => void; screeningOut: boolean }) {
  const styles = useStyles();
  const ticked = new Set(answers.screening?.exclusions ?? []);
  const toggle = (id: string, on: boolean) =>
    update((a) => {
      const exclusions = pack.screening.exclusions.map((e) => e.id).filter((e) => (e === id ? on : ticked.has(e)));
      return { ...a, screening: { ...a.screening, exclusions, ...(on ? { confirmedNone: false } : {}) } };
    });
  const out = plan.screenedOut;
  return (
    <>
      {before}
      <ChoiceGroup
        id={fieldDomId("screening.exclusions")}
        legend={pack.screening.question}
        message={messages["screening.exclusions"] ?? messages["screening"]}
      >
        {pack.screening.exclusions.map((e) => (
          <Checkbox
            key={e.id}
            checked={ticked.has(e.id)}
            onChange={(_, d) => toggle(e.id, d.checked === true)}
            label={<ChoiceLabel name={e.label} description={e.description} cite={e.cite} />}
          />
        ))}
        <div className={styles.none}>
          <Checkbox
            id={fieldDomId("screening.confirmedNone")}
            checked={answers.screening?.confirmedNone === true && ticked.size === 0}
            disabled={ticked.size > 0}
            onChange={(_, d) => update((a) => ({ ...a, screening: { exclusions: a.screening?.exclusions ?? [], confirmedNone: d.checked === true } }))}
            label="None of these describes it: it is an agreement to work together with one or more independent bodies"
          />
        </div>
      </ChoiceGroup>
      {out && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This is not a partnership, so the evaluation stops here</MessageBarTitle>
            {out.label}. What applies instead: {out.alternative} ({out.cite}). Record it as screened out so the register keeps the reason, or untick the box if
            it does not describe the proposal after all.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={onScreenOut} disabled={screeningOut} icon={screeningOut ? <Spinner size="tiny" /> : undefined}>
              {screeningOut ? "Recording…" : "Record as screened out"}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { fieldDomId } from "../field-dom-id";
import { SectionAnswer } from "../section-answer";
import type { StepProps } from "../step-props";
import { ChoiceGroup, ChoiceLabel } from "./choice-group";

const useStyles = makeStyles({
  checklist: { padding: "16px 18px", borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** The pack's governance checklist, each item with the section of the framework it comes from. */
export function ChecklistAnswer({ answers, update, plan, messages }: Pick<StepProps, "answers" | "update" | "plan" | "messages">) {
  const styles = useStyles();
  const checklist = plan.explanation?.checklist;
  if (!checklist) return null;
  const ticked = answers.checklist ?? {};
  return (
    <div className={styles.checklist}>
      <ChoiceGroup id={fieldDomId("checklist")} legend={checklist.name} hint={`Tick each element that is in place or agreed (${checklist.cite}).`} message={messages["checklist"]}>
        {checklist.items.map((item) => (
          <Checkbox
            key={item.id}
            id={fieldDomId(`checklist.${item.id}`)}
            checked={ticked[item.id] === true}
            onChange={(_, d) => update((a) => ({ ...a, checklist: { ...a.checklist, [item.id]: d.checked === true } }))}
            label={<ChoiceLabel name={item.text} cite={item.cite} />}
          />
        ))}
      </ChoiceGroup>
    </div>
  );
}

/**
 * Steps 7 and 8: the pack's own sections for this arrangement — safeguarding, data protection,
 * equalities, climate; governance, terms of reference, decision-making, complaints — in its words,
 * with the governance checklist where the plan puts it.
 */
export function SectionsStep(props: StepProps) {
  const { step, pack, answers, update, messages } = props;
  return (
    <>
      {step.checklist && <ChecklistAnswer {...props} />}
      {step.sectionIds.map((id) => (
        <SectionAnswer key={id} pack={pack} sectionId={id} required={step.requiredSectionIds.includes(id)} answers={answers} update={update} messages={messages} />
      ))}
    </>
  );
}

import { Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { fieldDomId } from "./field-dom-id";
import { fieldState, type StepProps } from "./step-props";

const useStyles = makeStyles({
  cite: { color: tokens.colorNeutralForeground3 },
});

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.?!]$/.test(text) ? "" : "."}`;

/**
 * The officer's answer to one of the pack's evaluation sections, labelled with the pack's own
 * section name and described in its own words, with the section of the framework it comes from.
 */
export function SectionAnswer({ pack, sectionId, required, answers, update, messages }: Pick<StepProps, "answers" | "update" | "messages"> & { pack: PolicyPack; sectionId: string; required: boolean }) {
  const styles = useStyles();
  const section = pack.sections.find((s) => s.id === sectionId);
  const field = `sections.${sectionId}`;
  const id = fieldDomId(field);
  return (
    <Field
      label={{ children: section?.name ?? sectionId, htmlFor: id }}
      required={required}
      hint={
        section ? (
          <>
            {sentence(section.description)} <span className={styles.cite}>({section.cite})</span>
          </>
        ) : undefined
      }
      {...fieldState(messages, field)}
    >
      <Textarea
        id={id}
        value={answers.sections?.[sectionId]?.text ?? ""}
        resize="vertical"
        rows={4}
        onChange={(_, d) => update((a) => ({ ...a, sections: { ...a.sections, [sectionId]: { text: d.value } } }))}
      />
    </Field>
  );
}

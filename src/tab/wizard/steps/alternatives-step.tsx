import { Field, Textarea } from "@fluentui/react-components";
import { fieldDomId } from "../field-dom-id";
import { fieldState, type StepProps } from "../step-props";

/** Step 10: why a partnership, rather than the council or a partner alone, consultation or a contract. */
export function AlternativesStep({ answers, update, pack, step, messages }: StepProps) {
  const section = pack.sections.find((s) => step.sectionIds.includes(s.id));
  const hint = section
    ? `${section.description.charAt(0).toUpperCase()}${section.description.slice(1)} (${section.cite}).`
    : "An existing partnership, consultation only, a contract, or the council acting alone — and why this is better.";
  return (
    <Field label={{ children: section?.name ?? "Alternatives considered", htmlFor: fieldDomId("alternatives.text") }} hint={hint} required={step.required} {...fieldState(messages, "alternatives.text")}>
      <Textarea
        id={fieldDomId("alternatives.text")}
        value={answers.alternatives?.text ?? ""}
        rows={5}
        resize="vertical"
        onChange={(_, d) => update((a) => ({ ...a, alternatives: { text: d.value } }))}
      />
    </Field>
  );
}

import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { fieldDomId } from "../field-dom-id";
import { fieldState, type StepProps } from "../step-props";
import { ChoiceLabel } from "./choice-group";

/** Step 2: the pack's kinds of arrangement and, where a kind has them, its sub-types. */
export function KindStep({ answers, update, pack, messages }: StepProps) {
  const kind = pack.kinds.find((k) => k.id === answers.kind?.kind);
  const subtypes = kind?.subtypes ?? [];
  return (
    <>
      <Field label="What kind of arrangement is it?" required {...fieldState(messages, "kind.kind")}>
        <RadioGroup
          id={fieldDomId("kind.kind")}
          value={answers.kind?.kind ?? ""}
          onChange={(_, d) => update((a) => ({ ...a, kind: { kind: d.value } }))}
        >
          {pack.kinds.map((k) => (
            <Radio key={k.id} value={k.id} label={<ChoiceLabel name={k.name} description={k.description} cite={k.cite} />} />
          ))}
        </RadioGroup>
      </Field>
      {kind && subtypes.length > 0 && (
        <Field label={`Which type of ${kind.name.toLowerCase()}?`} required {...fieldState(messages, "kind.subtype")}>
          <RadioGroup
            id={fieldDomId("kind.subtype")}
            value={answers.kind?.subtype ?? ""}
            onChange={(_, d) => update((a) => ({ ...a, kind: { ...a.kind, subtype: d.value } }))}
          >
            {subtypes.map((s) => (
              <Radio key={s.id} value={s.id} label={<ChoiceLabel name={s.name} description={s.description} cite={s.cite} />} />
            ))}
          </RadioGroup>
        </Field>
      )}
    </>
  );
}

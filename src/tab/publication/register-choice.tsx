import { Field, Radio, RadioGroup } from "@fluentui/react-components";

/** Which register to see and download: the public one, or the officers' full one. */
export function RegisterChoice({ published, onChange }: { published: boolean; onChange: (published: boolean) => void }) {
  return (
    <Field label="Which register">
      <RadioGroup value={published ? "published" : "internal"} onChange={(_, data) => onChange(data.value === "published")}>
        <Radio value="published" label="Published register: for the council's website. Follows the policy's publication rules; nothing confidential." />
        <Radio value="internal" label="Internal register: for officers only. Every arrangement, confidential ones and confidential fields included." />
      </RadioGroup>
    </Field>
  );
}

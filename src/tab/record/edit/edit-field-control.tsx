import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { fieldId, type EditField } from "./edit-fields";

/** One field of the edit form: its label, hint and message tied to the control for assistive technology. */
export function EditFieldControl({ field, value, error, onChange }: { field: EditField; value: string; error?: string; onChange: (value: string) => void }) {
  const id = fieldId(field.property);
  const common = { id, value, name: field.property };
  return (
    <Field
      label={{ children: field.label, htmlFor: id }}
      hint={field.hint}
      required={field.property === "name"}
      validationMessage={error}
      validationState={error ? "error" : "none"}
    >
      {field.input === "textarea" ? (
        <Textarea {...common} resize="vertical" rows={3} onChange={(_, d) => onChange(d.value)} />
      ) : field.input === "choice" || field.input === "yes-no" ? (
        <Select {...common} onChange={(_, d) => onChange(d.value)}>
          <option value="">Not recorded</option>
          {(field.input === "yes-no" ? [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }] : (field.options ?? [])).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          {...common}
          type={field.input === "date" ? "date" : field.input === "url" ? "url" : "text"}
          inputMode={field.input === "money" ? "decimal" : undefined}
          onChange={(_, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}

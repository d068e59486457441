import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { FilterOption } from "./filter-options";

const useStyles = makeStyles({ dropdown: { minWidth: "0", width: "100%" }, listbox: { minWidth: "260px" } });

/**
 * One labelled multi-select filter. Each option says how many arrangements in the current view
 * have it, so an officer can see at a glance where the register's weight lies.
 */
export function FilterDropdown({
  label,
  anyLabel,
  options,
  selected,
  onChange,
}: {
  label: string;
  /** Shown when nothing is chosen, e.g. "Any status". */
  anyLabel: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const styles = useStyles();
  const chosen = options.filter((o) => selected.includes(o.value));
  const value = chosen.length === 0 ? "" : chosen.length <= 2 ? chosen.map((o) => o.label).join(", ") : `${chosen.length} chosen`;
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        multiselect
        listbox={{ className: styles.listbox }}
        placeholder={anyLabel}
        value={value}
        selectedOptions={[...selected]}
        onOptionSelect={(_, data) => onChange(data.selectedOptions)}
      >
        {options.map((option) => (
          <Option key={option.value} value={option.value} text={option.label}>
            {`${option.label} (${option.count})`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

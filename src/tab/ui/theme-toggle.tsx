import { Dropdown, Option, useId, Label, makeStyles } from "@fluentui/react-components";
import type { ThemeChoice } from "../app/theme/use-theme-name";

const labels: Record<ThemeChoice, string> = { system: "Follow system", light: "Light", dark: "Dark", contrast: "High contrast" };

const useStyles = makeStyles({
  field: { display: "flex", alignItems: "center", gap: "8px" },
  dropdown: { minWidth: "150px" },
});

/** Outside Teams, lets someone check the product in each theme; in Teams, Teams decides. */
export function ThemeToggle({ choice, onChoose }: { choice: ThemeChoice; onChoose(choice: ThemeChoice): void }) {
  const styles = useStyles();
  const id = useId("theme");
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small">
        Theme
      </Label>
      <Dropdown
        id={id}
        size="small"
        className={styles.dropdown}
        value={labels[choice]}
        selectedOptions={[choice]}
        onOptionSelect={(_, data) => onChoose(data.optionValue as ThemeChoice)}
      >
        {(Object.keys(labels) as ThemeChoice[]).map((c) => (
          <Option key={c} value={c}>
            {labels[c]}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

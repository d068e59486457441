import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  set: { border: "none", margin: 0, padding: 0, display: "grid", gap: "8px", minWidth: 0 },
  legend: { padding: 0, marginBottom: "4px", fontWeight: tokens.fontWeightSemibold },
  hint: { margin: "0 0 4px", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * A group of checkboxes or radios under one question: a real fieldset and legend, so each box is
 * announced with the question it answers, and the message for the group said beneath it.
 */
export function ChoiceGroup({ id, legend, hint, message, children }: { id: string; legend: ReactNode; hint?: ReactNode; message?: string; children: ReactNode }) {
  const styles = useStyles();
  const messageId = `${id}-message`;
  return (
    <fieldset id={id} className={styles.set} aria-describedby={message ? messageId : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      {hint && <p className={styles.hint}>{hint}</p>}
      {children}
      {message && (
        <p id={messageId} className={styles.error} role="alert">
          {message}
        </p>
      )}
    </fieldset>
  );
}

/** The label of a choice: its name, with the pack's description and citation beneath. */
export function ChoiceLabel({ name, description, cite }: { name: string; description?: string; cite?: string }) {
  return (
    <span style={{ display: "grid", gap: "2px" }}>
      <span style={{ color: tokens.colorNeutralForeground1 }}>{name}</span>
      {(description || cite) && (
        <span style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>
          {description ? `${description.charAt(0).toUpperCase()}${description.slice(1)}` : ""}
          {cite ? ` (${cite})` : ""}
        </span>
      )}
    </span>
  );
}

import { makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { FieldError } from "./edit-draft";
import { fieldId } from "./edit-fields";

const useStyles = makeStyles({
  box: {
    border: `2px solid ${tokens.colorStatusDangerBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px 16px",
    marginBottom: "16px",
    backgroundColor: tokens.colorStatusDangerBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  title: { margin: "0 0 6px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "20px" },
  link: { color: tokens.colorNeutralForeground1, textDecorationLine: "underline" },
});

/** Every problem at once, each a link to its field (the GOV.UK error summary pattern). Focused when shown. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: readonly FieldError[] }>(function ErrorSummary({ errors }, ref) {
  const styles = useStyles();
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="edit-error-summary-title" className={styles.box}>
      <h3 id="edit-error-summary-title" className={styles.title}>
        {errors.length === 1 ? "There is a problem; nothing has been saved yet" : `There are ${errors.length} problems; nothing has been saved yet`}
      </h3>
      <ul className={styles.list}>
        {errors.map((e) => (
          <li key={e.property}>
            <a
              className={styles.link}
              href={`#${fieldId(e.property)}`}
              onClick={(event) => {
                // Move focus to the field itself, not just scroll to it, so the person can type at once.
                event.preventDefault();
                document.getElementById(fieldId(e.property))?.focus();
              }}
            >
              {e.label}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

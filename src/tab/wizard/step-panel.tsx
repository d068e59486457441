import { makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, type ReactNode } from "react";

const useStyles = makeStyles({
  panel: {
    display: "grid",
    gap: "20px",
    padding: "24px 28px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  head: { display: "grid", gap: "6px" },
  kicker: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, textTransform: "uppercase", letterSpacing: "0.04em" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "70ch" },
  body: { display: "grid", gap: "18px" },
});

/**
 * One step's panel: "Step 3 of 9", its heading (which takes the keyboard when the step opens, so
 * a screen reader starts there) and why the council's policy asks it.
 */
export const StepPanel = forwardRef<HTMLHeadingElement, { number: number; of: number; title: string; lead?: ReactNode; children: ReactNode; footer?: ReactNode }>(
  function StepPanel({ number, of, title, lead, children, footer }, headingRef) {
    const styles = useStyles();
    return (
      <section className={styles.panel} aria-labelledby="wizard-step-heading">
        <div className={styles.head}>
          <p className={styles.kicker}>
            Step {number} of {of}
          </p>
          <h2 id="wizard-step-heading" ref={headingRef} tabIndex={-1} className={styles.h2}>
            {title}
          </h2>
          {lead && <p className={styles.lead}>{lead}</p>}
        </div>
        <div className={styles.body}>{children}</div>
        {footer}
      </section>
    );
  },
);

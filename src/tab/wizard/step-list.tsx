import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Circle20Regular, Warning20Regular } from "@fluentui/react-icons";
import type { WizardStep } from "../../domain/evaluation/wizard-steps";
import { Link } from "../lib/router/link";
import { stepHref } from "./step-location";

export interface StepMark {
  /** Things still to answer on the step before the evaluation can be submitted. */
  missing: number;
  /** The officer has been on the step (or answered something on it). */
  visited: boolean;
}

const useStyles = makeStyles({
  nav: { position: "sticky", top: "48px" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "2px", counterReset: "step" },
  link: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    gap: "10px",
    alignItems: "start",
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "none",
    borderLeft: `3px solid transparent`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
    "@media (forced-colors: active)": { borderLeft: "3px solid Highlight" },
  },
  title: { display: "block" },
  note: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteMarigoldForeground2 },
  todo: { color: tokens.colorNeutralForeground3 },
});

/**
 * The steps this arrangement needs, in order, each a link (so it can be reached and read as
 * navigation), the current one marked `aria-current="step"`, and each saying in words whether it
 * is done, required or has something missing — never by colour or icon alone.
 */
export function StepList({ base, steps, current, marks, linkable = true }: { base: string; steps: readonly WizardStep[]; current: string; marks: Readonly<Record<string, StepMark>>; linkable?: boolean }) {
  const styles = useStyles();
  return (
    <nav aria-label="Evaluation steps" className={styles.nav}>
      <ol className={styles.list}>
        {steps.map((step, index) => {
          const mark = marks[step.id] ?? { missing: 0, visited: false };
          const isCurrent = step.id === current;
          const done = mark.visited && mark.missing === 0;
          const note =
            step.id === "review"
              ? "Check and submit"
              : mark.missing > 0 && mark.visited
                ? `${mark.missing} to answer`
                : done
                  ? "Done"
                  : step.required
                    ? "Required"
                    : "Optional";
          const body = (
            <>
                {done ? (
                  <CheckmarkCircle20Filled className={styles.done} aria-hidden="true" />
                ) : mark.missing > 0 && mark.visited ? (
                  <Warning20Regular className={styles.missing} aria-hidden="true" />
                ) : (
                  <Circle20Regular className={styles.todo} aria-hidden="true" />
                )}
                <span>
                  <span className={styles.title}>
                    {index + 1}. {step.title}
                  </span>
                  <span className={styles.note}>{note}</span>
                </span>
              </>
          );
          return (
            <li key={step.id}>
              {linkable ? (
                <Link to={stepHref(base, step.id)} className={mergeClasses(styles.link, isCurrent && styles.current)} aria-current={isCurrent ? "step" : undefined}>
                  {body}
                </Link>
              ) : (
                <span className={mergeClasses(styles.link, isCurrent && styles.current)} aria-current={isCurrent ? "step" : undefined}>
                  {body}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

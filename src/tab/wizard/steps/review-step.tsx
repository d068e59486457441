import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, Send16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, type ReactNode } from "react";
import type { Missing } from "../../../domain/evaluation/find-missing";
import { Link } from "../../lib/router/link";
import { summariseAnswers } from "../answer-summary";
import { stepHref } from "../step-location";
import type { StepProps } from "../step-props";
import { CategoryPanel } from "./category-panel";
import { ChecklistAnswer } from "./sections-step";

const useStyles = makeStyles({
  // Neutral backgrounds with a coloured edge: the links keep their contrast in every theme.
  missing: {
    padding: "16px 18px",
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  ready: {
    display: "flex",
    gap: "8px",
    alignItems: "center",
    padding: "12px 16px",
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorStatusSuccessBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  h3: { margin: "0 0 8px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "20px", display: "grid", gap: "6px" },
  link: { color: tokens.colorBrandForegroundLink },
  group: { display: "grid", gap: "4px" },
  groupHead: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: "12px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: "4px" },
  dl: { display: "grid", gridTemplateColumns: "minmax(160px, 1fr) 3fr", gap: "6px 16px", margin: 0, "@media (max-width: 700px)": { gridTemplateColumns: "1fr" } },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  unanswered: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  outcome: { ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  checks: { margin: "4px 0", paddingLeft: "20px", display: "grid", gap: "4px" },
  inPlace: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  submit: { display: "flex", alignItems: "center", gap: "12px", flexWrap: "wrap", paddingTop: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

/**
 * Step 11: everything on one page — the category and route it will take, what is still missing
 * (each a link that puts the keyboard on the field), every answer with a way back to change it,
 * and Submit, which stays blocked while anything is missing.
 */
export function ReviewStep(
  props: StepProps & { base: string; missing: readonly Missing[]; submitting: boolean; submitted: boolean; onSubmit: () => void; outcome?: ReactNode; outcomeShown: boolean },
) {
  const styles = useStyles();
  const { pack, answers, plan, choices, base, missing, submitting, submitted, onSubmit, outcome, outcomeShown } = props;
  const groups = summariseAnswers(pack, answers, plan, choices).filter((g) => g.stepId !== "review");
  const titleOf = (stepId: string) => plan.steps.find((s) => s.id === stepId)?.title ?? stepId;
  const outcomeRef = useRef<HTMLDivElement>(null);
  // The outcome (the route created, or why it was refused) takes the keyboard as soon as it shows.
  useEffect(() => {
    if (outcomeShown) outcomeRef.current?.focus();
  }, [outcomeShown]);
  const outcomeBlock = outcomeShown && (
    <div ref={outcomeRef} tabIndex={-1} className={styles.outcome}>
      {outcome}
    </div>
  );
  return (
    <>
      {submitted && outcomeBlock}
      <CategoryPanel explanation={plan.explanation} problem={plan.problem} />
      {props.step.checklist && <ChecklistAnswer {...props} />}
      {submitted ? null : missing.length > 0 ? (
        <section className={styles.missing} aria-labelledby="missing-heading">
          <h3 id="missing-heading" tabIndex={-1} className={styles.h3}>
            {missing.length === 1 ? "1 thing to answer before you can submit" : `${missing.length} things to answer before you can submit`}
          </h3>
          <ul className={styles.list} aria-label="What is missing">
            {missing.map((m, i) => (
              <li key={`${m.field}-${i}`}>
                <Link to={stepHref(base, m.stepId, m.field)} className={styles.link}>
                  {titleOf(m.stepId)}: {m.message}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className={styles.ready}>
          <CheckmarkCircle20Regular aria-hidden="true" />
          Everything the council&apos;s policy asks for is answered. Check it below, then submit.
        </p>
      )}
      {groups.map((g) => (
        <section key={g.stepId} className={styles.group} aria-labelledby={`review-${g.stepId}`}>
          <div className={styles.groupHead}>
            <h3 id={`review-${g.stepId}`} className={styles.h3}>
              {g.title}
            </h3>
            {!submitted && (
              <Link to={stepHref(base, g.stepId)} className={styles.link} aria-label={`Change ${g.title.toLowerCase()}`}>
                Change
              </Link>
            )}
          </div>
          {g.rows.some((r) => r.field.startsWith("checklist.")) && (
            <ul className={styles.checks} aria-label={`${g.title}: checklist`}>
              {g.rows
                .filter((r) => r.field.startsWith("checklist."))
                .map((r) => (
                  <li key={r.field}>
                    <span className={r.value === "In place" ? styles.inPlace : styles.unanswered}>{r.value}</span> — {r.label}
                  </li>
                ))}
            </ul>
          )}
          <dl className={styles.dl}>
            {g.rows.filter((r) => !r.field.startsWith("checklist.")).map((r) => (
              <div key={r.field} style={{ display: "contents" }}>
                <dt className={styles.dt}>{r.label}</dt>
                <dd className={`${styles.dd} ${r.value === "Not answered" ? styles.unanswered : ""}`}>{r.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {!submitted && outcomeBlock}
      {!submitted && (
      <div className={styles.submit}>
        <Button appearance="primary" size="large" icon={submitting ? <Spinner size="tiny" /> : <Send16Regular />} disabled={submitting} onClick={onSubmit}>
          {submitting ? "Submitting…" : "Submit the evaluation"}
        </Button>
        <span>
          {missing.length > 0
            ? "Submit is blocked until everything above is answered."
            : `It will be frozen with ${pack.name} version ${pack.version}, and the approval route starts.`}
        </span>
      </div>
      )}
    </>
  );
}

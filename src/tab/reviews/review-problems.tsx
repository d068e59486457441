import { makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { AnswerProblem } from "../../domain/review-forms/check-answers";

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

/** Focus the answer itself: the first choice of a yes/no or outcome group, or the text box. */
function focusAnswer(id: string): void {
  const element = document.getElementById(id);
  const target = element?.matches("input, textarea") ? element : element?.querySelector<HTMLElement>("input, textarea");
  target?.focus();
}

/** What stops the review being completed, each a link to its question (focused when shown). */
export const ReviewProblems = forwardRef<HTMLDivElement, { problems: readonly AnswerProblem[]; fieldId: (field: string) => string }>(function ReviewProblems({ problems, fieldId }, ref) {
  const styles = useStyles();
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="review-problems-title" className={styles.box}>
      <h2 id="review-problems-title" className={styles.title}>
        {problems.length === 1 ? "One answer is missing; the review is not completed yet" : `${problems.length} answers are missing; the review is not completed yet`}
      </h2>
      <ul className={styles.list}>
        {problems.map((p) => (
          <li key={p.field}>
            <a
              className={styles.link}
              href={`#${fieldId(p.field)}`}
              onClick={(event) => {
                event.preventDefault();
                focusAnswer(fieldId(p.field));
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

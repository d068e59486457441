import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";

const useStyles = makeStyles({
  box: {
    border: `2px solid ${tokens.colorStatusDangerBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px 16px",
    marginBottom: "16px",
    backgroundColor: tokens.colorStatusDangerBackground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  compact: { padding: "10px 14px", marginBottom: "12px" },
  title: { margin: "0 0 6px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  compactTitle: { fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: "20px" },
  link: { color: tokens.colorNeutralForeground1, textDecorationLine: "underline" },
});

export interface SummaryProblem {
  key: string;
  text: string;
  /** The id of the field (or of the group holding it) the link takes the person to. */
  targetId: string;
}

/**
 * Focus the field itself, not just scroll to it, so the person can type at once: the element when
 * it is a control, else the first control inside it (the first choice of a radio group).
 */
function focusField(id: string): void {
  const element = document.getElementById(id);
  const control = element?.matches("input, textarea, select, button") ? element : element?.querySelector<HTMLElement>("input, textarea, select, button");
  (control ?? element)?.focus();
}

export interface ProblemSummaryProps {
  /** Unique on the page; the heading's id is built from it. */
  id: string;
  title: string;
  problems: readonly SummaryProblem[];
  /** The heading level that fits where the summary sits in the page's outline. */
  level: 2 | 3 | 4;
  /** Smaller, for a form nested inside a section. */
  compact?: boolean;
}

/** Every problem at once, each a link to its field (the GOV.UK error summary pattern). Focused when shown. */
export const ProblemSummary = forwardRef<HTMLDivElement, ProblemSummaryProps>(function ProblemSummary({ id, title, problems, level, compact }, ref) {
  const styles = useStyles();
  const Heading = `h${level}` as const;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} className={mergeClasses(styles.box, compact && styles.compact)}>
      <Heading id={`${id}-title`} className={mergeClasses(styles.title, compact && styles.compactTitle)}>
        {title}
      </Heading>
      <ul className={styles.list}>
        {problems.map((p) => (
          <li key={p.key}>
            <a
              className={styles.link}
              href={`#${p.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(p.targetId);
              }}
            >
              {p.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** "There is a problem; …" / "There are 3 problems; …" */
export const notSavedTitle = (count: number): string =>
  count === 1 ? "There is a problem; nothing has been saved yet" : `There are ${count} problems; nothing has been saved yet`;

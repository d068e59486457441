import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import { lazy, Suspense, useId } from "react";

const ProblemsTooltip = lazy(() => import("./problems-tooltip"));

const useStyles = makeStyles({
  badge: { cursor: "default", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/**
 * A row whose data could not all be read stays on the register, flagged: the badge shows how
 * many problems (the column is narrow); its name, accessible description and tooltip (on hover
 * or keyboard focus) say which.
 */
export function ProblemsBadge({ problems, tabIndex }: { problems: readonly string[]; tabIndex: number }) {
  const styles = useStyles();
  const descriptionId = useId();
  if (problems.length === 0) return null;
  const label = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const badge = (
    <Badge
      className={styles.badge}
      appearance="tint"
      color="warning"
      shape="rounded"
      icon={<Warning16Filled />}
      tabIndex={tabIndex}
      role="img"
      aria-label={`Needs checking: ${label}`}
      aria-describedby={descriptionId}
    >
      {problems.length}
    </Badge>
  );
  return (
    <>
      <Suspense fallback={badge}>
        <ProblemsTooltip problems={problems}>{badge}</ProblemsTooltip>
      </Suspense>
      <span id={descriptionId} className={styles.hidden}>
        {problems.join(". ")}
      </span>
    </>
  );
}

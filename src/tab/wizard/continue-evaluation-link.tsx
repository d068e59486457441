import { makeStyles, tokens } from "@fluentui/react-components";
import { DocumentEdit16Regular } from "@fluentui/react-icons";
import type { LifecycleState } from "../../domain/lifecycle/states";
import { Link } from "../lib/router/link";

const useStyles = makeStyles({
  link: {
    display: "inline-flex",
    alignItems: "center",
    gap: "6px",
    padding: "5px 12px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/** States in which the arrangement is still being evaluated in the wizard. */
const evaluating = new Set<LifecycleState>(["proposed", "screening", "evaluation"]);

/** On a record still being evaluated, the way back into its evaluation wizard (for those who may change it). */
export function ContinueEvaluationLink({ arrangementId, status, mayEdit }: { arrangementId: number; status: LifecycleState | undefined; mayEdit: boolean }) {
  const styles = useStyles();
  if (!mayEdit || !status || !evaluating.has(status)) return null;
  return (
    <Link to={`/partnerships/${arrangementId}/evaluation`} className={styles.link}>
      <DocumentEdit16Regular aria-hidden="true" />
      Continue the evaluation
    </Link>
  );
}

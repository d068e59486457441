import { makeStyles, tokens } from "@fluentui/react-components";
import { ArrowExit20Regular } from "@fluentui/react-icons";
import type { ArrangementRecord } from "../../sharepoint/record/read-record";
import { Link } from "../lib/router/link";
import { exitableStates, mayBeginExit } from "./exit-standing";

const useStyles = makeStyles({
  link: {
    display: "inline-flex",
    alignItems: "center",
    gap: "6px",
    padding: "5px 12px",
    marginBottom: "16px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    textDecorationLine: "none",
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
});

/** "Begin exit" on the record of a live arrangement, for its lead officer or the Change Manager. */
export function BeginExitLink({ data, personId, today }: { data: ArrangementRecord; personId: number; today: string }) {
  const styles = useStyles();
  if (!exitableStates.includes(data.arrangement.record.status ?? "") || !mayBeginExit(data, personId, today)) return null;
  return (
    <Link to={`/partnerships/${data.arrangement.id}/exit`} className={styles.link}>
      <ArrowExit20Regular aria-hidden="true" />
      Begin exit
    </Link>
  );
}

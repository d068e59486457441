import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  box: {
    padding: "32px",
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
  },
  title: { display: "block", fontWeight: tokens.fontWeightSemibold, marginBottom: "4px" },
});

/** Nothing to show yet, said as a fact about the council's data rather than as an error. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="status">
      <Text className={styles.title}>{title}</Text>
      {children && <Text>{children}</Text>}
    </div>
  );
}

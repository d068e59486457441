import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  heading: { display: "flex", flexDirection: "column", gap: "4px", marginBottom: "20px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  lead: { color: tokens.colorNeutralForeground2 },
  after: { alignSelf: "flex-start" },
});

/** The page's one `h1` and a sentence saying what the page is for. */
export function PageHeading({ title, lead, after }: { title: ReactNode; lead?: ReactNode; after?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.heading}>
      <h1 className={styles.title}>{title}</h1>
      {after && <div className={styles.after}>{after}</div>}
      {lead && <Text className={styles.lead}>{lead}</Text>}
    </div>
  );
}

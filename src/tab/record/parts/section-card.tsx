import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: "20px 24px",
    marginBottom: "16px",
  },
  title: { margin: "0 0 4px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
  body: { overflowX: "auto" },
});

/** One block of a section: an `h2` (or `h3`), an optional sentence saying what it is, the content. */
export function SectionCard({ title, lead, level = 2, children }: { title: string; lead?: ReactNode; level?: 2 | 3; children: ReactNode }) {
  const styles = useStyles();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={styles.card} aria-label={title}>
      <Heading className={styles.title}>{title}</Heading>
      {lead && <p className={styles.lead}>{lead}</p>}
      <div className={styles.body}>{children}</div>
    </section>
  );
}

import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(140px, max-content) 1fr",
    gap: "10px 24px",
    margin: 0,
    padding: "20px 24px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
});

/** Label–value pairs as a description list, so screen readers pair each value with its label. */
export function FactList({ facts }: { facts: readonly { label: string; value: ReactNode }[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {facts.map((f) => (
        <div key={f.label} style={{ display: "contents" }}>
          <dt className={styles.term}>{f.label}</dt>
          <dd className={styles.detail}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

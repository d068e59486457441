import { makeStyles, tokens } from "@fluentui/react-components";
import { formatPounds } from "./format-money";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(190px, 1fr))", gap: "12px", margin: "0 0 24px", padding: 0, listStyle: "none" },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    gap: "4px",
    padding: "14px 16px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    borderTop: `4px solid ${tokens.colorBrandStroke1}`,
  },
  alert: { borderTopColor: tokens.colorStatusDangerBorderActive },
  figure: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground2 },
});

export interface Headline {
  current: number;
  reviewsOverdue: number;
  reviewsDueSoon: number;
  approvalsWaiting: number;
  moneyCommitted: number;
}

/** The five numbers the Change Manager looks for first; a red edge where something is late. */
export function HeadlineFigures({ figures, dueSoonDays }: { figures: Headline; dueSoonDays: number }) {
  const styles = useStyles();
  const tiles = [
    { label: "Current arrangements", value: String(figures.current), late: false },
    { label: "Reviews overdue", value: String(figures.reviewsOverdue), late: figures.reviewsOverdue > 0 },
    { label: `Reviews due in the next ${dueSoonDays} days`, value: String(figures.reviewsDueSoon), late: false },
    { label: "Approval stages waiting", value: String(figures.approvalsWaiting), late: false },
    { label: "Council money committed a year", value: formatPounds(figures.moneyCommitted), late: false },
  ];
  return (
    <ul className={styles.grid} aria-label="At a glance">
      {tiles.map((t) => (
        <li key={t.label} className={t.late ? `${styles.tile} ${styles.alert}` : styles.tile}>
          <span className={styles.label}>{t.label}</span>
          <span className={styles.figure}>{t.value}</span>
        </li>
      ))}
    </ul>
  );
}

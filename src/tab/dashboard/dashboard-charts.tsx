import { makeStyles, tokens } from "@fluentui/react-components";
import { BarChart } from "./bar-chart";
import type { ArrangementCounts } from "./count-arrangements";
import { formatPounds } from "./format-money";
import type { MoneyCommitted } from "./money-by-directorate";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 420px), 1fr))", gap: "16px" },
  card: { padding: "16px 20px", backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
});

/**
 * The dashboard's charts, in their own lazily loaded chunk (DESIGN.md "Budgets": charts split
 * from the register's first load).
 */
export default function DashboardCharts({ counts, money }: { counts: ArrangementCounts; money: MoneyCommitted }) {
  const styles = useStyles();
  const gap = money.notRecorded ? ` ${money.notRecorded} with no contribution recorded are not counted.` : "";
  return (
    <div className={styles.grid}>
      <div className={styles.card}>
        <BarChart id="chart-category" title="Current arrangements by category" data={counts.byCategory} note="Categories as the council's policy names them." />
      </div>
      <div className={styles.card}>
        <BarChart id="chart-directorate" title="Current arrangements by directorate" data={counts.byDirectorate} note="Not ended, rejected, screened out or withdrawn." />
      </div>
      <div className={styles.card}>
        <BarChart id="chart-status" title="Arrangements by status" data={counts.byStatus} note={`All ${counts.total} arrangements on the register, in lifecycle order.`} />
      </div>
      <div className={styles.card}>
        <BarChart
          id="chart-money"
          title="Council money committed a year, by directorate"
          data={money.byDirectorate}
          format={formatPounds}
          note={`Arrangements in operation (active, under review or exiting): ${formatPounds(money.total)} in all.${gap}`}
        />
      </div>
    </div>
  );
}

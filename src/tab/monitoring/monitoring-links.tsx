import { makeStyles } from "@fluentui/react-components";
import { Link } from "../lib/router/link";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "8px 20px", listStyle: "none", margin: "0 0 16px", padding: 0 },
});

/** Where the monitoring reports are reached from: the executive's performance report and the review of representation. */
export function MonitoringLinks() {
  const styles = useStyles();
  return (
    <nav aria-label="Monitoring reports">
      <ul className={styles.list}>
        <li><Link to="/reports/performance">Performance of key partnerships (bi-annual report) and the risk register</Link></li>
        <li><Link to="/reports/representation">Annual review of representation</Link></li>
      </ul>
    </nav>
  );
}

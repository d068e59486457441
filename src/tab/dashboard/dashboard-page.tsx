import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { lifecycleStates, stateLabels } from "../../domain/lifecycle/states";
import { useAsync } from "../lib/data/use-async";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { countByStatus } from "./count-by-status";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))", gap: "12px", margin: 0, padding: 0, listStyle: "none" },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    gap: "4px",
    padding: "16px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    borderTop: `4px solid ${tokens.colorBrandStroke1}`,
  },
  empty: { borderTopColor: tokens.colorNeutralStroke2 },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground2 },
  note: { marginTop: "16px" },
});

/** The register at a glance: how many arrangements are at each point of their life. */
export default function DashboardPage() {
  const styles = useStyles();
  const { sp } = useSession();
  const counts = useAsync(() => countByStatus(sp), [sp]);
  return (
    <>
      <PageHeading
        title="Dashboard"
        lead={counts.status === "ready" ? `${counts.data.total} arrangements on the register, by where they are in their life.` : "The register at a glance."}
      />
      {counts.status === "loading" && <LoadingRows label="Counting arrangements" rows={3} />}
      {counts.status === "error" && <ErrorMessage title="The dashboard could not be loaded" message={counts.message} onRetry={counts.reload} />}
      {counts.status === "ready" && (
        <>
          <ul className={styles.grid} aria-label="Arrangements by status">
            {lifecycleStates.map((state) => {
              const n = counts.data.byStatus[state];
              return (
                <li key={state} className={n === 0 ? `${styles.tile} ${styles.empty}` : styles.tile}>
                  <span className={styles.label}>{stateLabels[state]}</span>
                  <span className={styles.count}>{n}</span>
                </li>
              );
            })}
          </ul>
          {counts.data.unreadable > 0 && (
            <MessageBar intent="warning" className={styles.note}>
              <MessageBarBody>
                {counts.data.unreadable} {counts.data.unreadable === 1 ? "arrangement has" : "arrangements have"} a status that is not one the register knows;
                the Change Manager should correct it in SharePoint.
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </>
  );
}

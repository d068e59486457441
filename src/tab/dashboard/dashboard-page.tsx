import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo } from "react";
import { readDashboard } from "../../sharepoint/dashboard/read-dashboard";
import { siteToday } from "../../sharepoint/roles/site-today";
import { useAsync } from "../lib/data/use-async";
import { usePolicy } from "../lib/policy/policy-context";
import { useSession } from "../lib/session/session-context";
import { NewArrangementLink } from "../proposal/new-arrangement-link";
import { MonitoringLinks } from "../monitoring/monitoring-links";
import { ErrorMessage } from "../ui/error-message";
import { LoadingRows } from "../ui/loading-rows";
import { PageHeading } from "../ui/page-heading";
import { RoleGapsMessage } from "../ui/role-gaps-warning";
import { buildDashboard } from "./build-dashboard";
import { HeadlineFigures } from "./headline-figures";
import { PendingApprovalsTable } from "./pending-approvals-table";
import { dueSoonDays } from "./reviews-due";
import { ReviewsDueTable } from "./reviews-due-table";
import { OverdueReviewsPanel } from "./overdue-reviews-panel";

// The charts are their own chunk: the dashboard's numbers and tables show while they load.
const DashboardCharts = lazy(() => import("./dashboard-charts"));

const useStyles = makeStyles({
  section: { marginTop: "28px" },
  h2: { margin: "0 0 12px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  note: { marginTop: "12px" },
});

/** The register at a glance for the Change Manager and Management Team (DOMAIN.md "Reviews": due and overdue at a glance). */
export default function DashboardPage() {
  const styles = useStyles();
  const { sp } = useSession();
  const { pack } = usePolicy();
  const data = useAsync(() => readDashboard(sp), [sp]);
  const view = useMemo(() => (data.status === "ready" ? buildDashboard(data.data, pack, siteToday(), new Date()) : undefined), [data, pack]);
  return (
    <>
      <PageHeading
        title="Dashboard"
        lead={view ? `${view.counts.total} arrangements on the register, ${view.counts.current} of them current.` : "The register at a glance."}
        after={<NewArrangementLink />}
      />
      <MonitoringLinks />
      {data.status === "loading" && <LoadingRows label="Loading the dashboard" rows={4} />}
      {data.status === "error" && <ErrorMessage title="The dashboard could not be loaded" message={data.message} onRetry={data.reload} />}
      {view && (
        <>
          <RoleGapsMessage gaps={view.gaps} />
          <HeadlineFigures
            dueSoonDays={dueSoonDays}
            figures={{
              current: view.counts.current,
              reviewsOverdue: view.reviews.filter((r) => r.overdue).length,
              reviewsDueSoon: view.reviews.filter((r) => !r.overdue).length,
              approvalsWaiting: view.approvals.length,
              moneyCommitted: view.money.total,
            }}
          />
          <section aria-labelledby="reviews-heading" className={styles.section}>
            <h2 id="reviews-heading" className={styles.h2}>Reviews overdue and due soon</h2>
            <ReviewsDueTable reviews={view.reviews} withinDays={dueSoonDays} />
          </section>
          <OverdueReviewsPanel />
          <section aria-labelledby="approvals-heading" className={styles.section}>
            <h2 id="approvals-heading" className={styles.h2}>Approvals pending</h2>
            <PendingApprovalsTable approvals={view.approvals} {...(view.chaseAfterDays !== undefined ? { chaseAfterDays: view.chaseAfterDays } : {})} />
          </section>
          <section aria-labelledby="charts-heading" className={styles.section}>
            <h2 id="charts-heading" className={styles.h2}>The register in numbers</h2>
            <Suspense fallback={<LoadingRows label="Drawing the charts" rows={4} />}>
              <DashboardCharts counts={view.counts} money={view.money} />
            </Suspense>
            {view.counts.unreadableStatus > 0 && (
              <MessageBar intent="warning" className={styles.note}>
                <MessageBarBody>
                  {view.counts.unreadableStatus} {view.counts.unreadableStatus === 1 ? "arrangement has" : "arrangements have"} a status the register does not
                  know; the Change Manager can see which on the Admin page, under Data problems.
                </MessageBarBody>
              </MessageBar>
            )}
          </section>
        </>
      )}
    </>
  );
}

import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { daysBetween } from "../../domain/review-calendar/days-between";
import { ukToday } from "../../sharepoint/authorise/editor-rule";
import { readOverdueReviews } from "../../sharepoint/reviews/read-overdue-reviews";
import { useAsync } from "../lib/data/use-async";
import { Link } from "../lib/router/link";
import { useSession } from "../lib/session/session-context";
import { EmptyState } from "../ui/empty-state";
import { ErrorMessage } from "../ui/error-message";
import { formatDay } from "../ui/format-day";
import { LoadingRows } from "../ui/loading-rows";
import { SimpleTable } from "../record/parts/simple-table";

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto", padding: "8px 12px" },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: "24px 0 8px" },
  lead: { color: tokens.colorNeutralForeground2, margin: "0 0 12px" },
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Every review in the Reviews list past its due date and not done (governance assurance, shared
 * service reviews, self-assessments, audits), most overdue first, with whether its owner has been
 * reminded and the director told — what the Change Manager chases (DOMAIN.md "Reviews").
 */
export function OverdueReviewsPanel() {
  const styles = useStyles();
  const { sp } = useSession();
  const today = ukToday();
  const read = useAsync(() => readOverdueReviews(sp, today), [sp, today]);
  return (
    <section aria-labelledby="overdue-reviews-heading">
      <h2 id="overdue-reviews-heading" className={styles.h2}>Overdue reviews</h2>
      <p className={styles.lead}>
        Reviews the council's policy asked for that are past their due date. Owners are reminded by card; after the days the policy sets, their director is told.{" "}
        <Link to="/reports/assurance">Governance assurance summary for the Annual Governance Statement</Link>
      </p>
      {read.status === "error" && <ErrorMessage title="Overdue reviews could not be loaded" message={read.message} onRetry={read.reload} />}
      {read.status === "loading" && <LoadingRows label="Loading overdue reviews" rows={3} />}
      {read.status === "ready" && read.data.length === 0 && <EmptyState title="No reviews are overdue">Every review that has fallen due has been done.</EmptyState>}
      {read.status === "ready" && read.data.length > 0 && (
        <div className={styles.surface}>
          <SimpleTable
            label="Overdue reviews"
            rowKey={(r) => r.row.id}
            rows={read.data}
            columns={[
              { header: "Review", rowHeader: true, cell: (r) => (r.row.record.arrangementId ? <Link to={`/partnerships/${r.row.record.arrangementId}/reviews/${r.row.id}`}>{r.row.record.title ?? "Review"}</Link> : r.row.record.title) },
              { header: "Due", cell: (r) => formatDay(r.row.record.dueDate ?? "") },
              { header: "Overdue by", cell: (r) => <Badge appearance="tint" color="danger" shape="rounded">{plural(daysBetween(r.row.record.dueDate ?? today, today), "day")}</Badge> },
              { header: "Reminded", cell: (r) => (r.row.record.lastRemindedAt ? formatDay(r.row.record.lastRemindedAt.slice(0, 10)) : "Not yet") },
              { header: "Escalated", cell: (r) => (r.row.record.escalatedAt ? formatDay(r.row.record.escalatedAt.slice(0, 10)) : "No") },
            ]}
          />
        </div>
      )}
    </section>
  );
}
